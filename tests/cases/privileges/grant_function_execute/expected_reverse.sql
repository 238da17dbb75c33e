-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop privilege execute on function public.invoice_count() from sdcase_reader | hazards: ACCESS_NARROWED
revoke execute on function public.invoice_count() from sdcase_reader;
