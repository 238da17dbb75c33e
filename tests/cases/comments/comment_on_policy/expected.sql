-- step 1 | create comment policy invoices_all on public.invoices | hazards: -
comment on policy invoices_all on public.invoices is 'Everyone sees everything (for now).';
