-- step 1 | create privilege insert on table public.invoices to sdcase_writer | hazards: SECURITY
grant insert on table public.invoices to sdcase_writer;
