-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create privilege execute on function public.invoice_count() to sdcase_reader | hazards: ACCESS_WIDENED
grant execute on function public.invoice_count() to sdcase_reader;
