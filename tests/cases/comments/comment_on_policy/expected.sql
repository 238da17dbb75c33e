-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create comment policy invoices_all on public.invoices | hazards: -
comment on policy invoices_all on public.invoices is 'Everyone sees everything (for now).';
