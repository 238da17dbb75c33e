-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create privilege select ("amount") on table public.invoices to sdcase_reader | hazards: ACCESS_WIDENED
grant select ("amount") on table public.invoices to sdcase_reader;

-- step 2 | create privilege select ("id") on table public.invoices to sdcase_reader | hazards: ACCESS_WIDENED
grant select ("id") on table public.invoices to sdcase_reader;

-- step 3 | create privilege update ("note") on table public.invoices to sdcase_reader | hazards: ACCESS_WIDENED
grant update ("note") on table public.invoices to sdcase_reader;
