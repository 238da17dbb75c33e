-- step 1 | drop privilege execute on function public.invoice_count() from sdcase_reader | hazards: -
revoke execute on function public.invoice_count() from sdcase_reader;
