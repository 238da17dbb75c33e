-- step 1 | drop privilege select on table public.invoices from sdcase_reader | hazards: -
revoke select on table public.invoices from sdcase_reader;
