-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop privilege select ("amount") on table public.invoices from sdcase_reader | hazards: ACCESS_NARROWED
revoke select ("amount") on table public.invoices from sdcase_reader;

-- step 2 | drop privilege select ("id") on table public.invoices from sdcase_reader | hazards: ACCESS_NARROWED
revoke select ("id") on table public.invoices from sdcase_reader;

-- step 3 | drop privilege update ("note") on table public.invoices from sdcase_reader | hazards: ACCESS_NARROWED
revoke update ("note") on table public.invoices from sdcase_reader;
