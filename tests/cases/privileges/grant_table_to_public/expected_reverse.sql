-- step 1 | drop privilege select on table public.invoices from PUBLIC | hazards: SECURITY
revoke select on table public.invoices from PUBLIC;
