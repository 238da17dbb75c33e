-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop privilege insert on table public.invoices from sdcase_writer | hazards: ACCESS_NARROWED
revoke insert on table public.invoices from sdcase_writer;
