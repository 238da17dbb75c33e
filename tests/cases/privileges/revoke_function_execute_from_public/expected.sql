-- step 1 | drop privilege execute on function public.invoice_count() from PUBLIC | hazards: SECURITY
revoke execute on function public.invoice_count() from PUBLIC;
