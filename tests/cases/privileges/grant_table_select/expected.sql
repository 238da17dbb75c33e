-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create privilege select on table public.invoices to sdcase_reader | hazards: ACCESS_WIDENED
grant select on table public.invoices to sdcase_reader;
