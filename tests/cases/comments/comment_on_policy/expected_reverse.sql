-- step 1 | drop comment policy invoices_all on public.invoices | hazards: -
comment on policy invoices_all on public.invoices is null;
