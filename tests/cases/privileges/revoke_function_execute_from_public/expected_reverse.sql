-- step 1 | create privilege execute on function public.invoice_count() to PUBLIC | hazards: SECURITY
grant execute on function public.invoice_count() to PUBLIC;
