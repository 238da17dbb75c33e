-- step 1 | create privilege select on table public.invoices to sdcase_reader | hazards: SECURITY
grant select on table public.invoices to sdcase_reader;
