-- step 1 | create privilege select ("amount") on table public.invoices to sdcase_reader | hazards: SECURITY
grant select ("amount") on table public.invoices to sdcase_reader;

-- step 2 | create privilege select ("id") on table public.invoices to sdcase_reader | hazards: SECURITY
grant select ("id") on table public.invoices to sdcase_reader;

-- step 3 | create privilege update ("note") on table public.invoices to sdcase_reader | hazards: SECURITY
grant update ("note") on table public.invoices to sdcase_reader;
