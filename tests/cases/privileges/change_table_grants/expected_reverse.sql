-- step 1 | drop privilege insert on table public.invoices from sdcase_writer | hazards: -
revoke insert on table public.invoices from sdcase_writer;
