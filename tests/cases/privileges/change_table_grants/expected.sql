-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create privilege insert on table public.invoices to sdcase_writer | hazards: ACCESS_WIDENED
grant insert on table public.invoices to sdcase_writer;
