-- step 1 | drop comment table public.invoices | hazards: -
comment on table public.invoices is null;
