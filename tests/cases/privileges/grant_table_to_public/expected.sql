-- step 1 | create privilege select on table public.invoices to PUBLIC | hazards: SECURITY
grant select on table public.invoices to PUBLIC;
