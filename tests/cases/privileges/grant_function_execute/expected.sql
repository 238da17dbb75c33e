-- step 1 | create privilege execute on function public.invoice_count() to sdcase_reader | hazards: SECURITY
grant execute on function public.invoice_count() to sdcase_reader;
