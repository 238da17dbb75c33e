-- step 1 | drop privilege select ("amount") on table public.invoices from sdcase_reader | hazards: -
revoke select ("amount") on table public.invoices from sdcase_reader;

-- step 2 | drop privilege select ("id") on table public.invoices from sdcase_reader | hazards: -
revoke select ("id") on table public.invoices from sdcase_reader;

-- step 3 | drop privilege update ("note") on table public.invoices from sdcase_reader | hazards: -
revoke update ("note") on table public.invoices from sdcase_reader;
