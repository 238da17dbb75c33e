-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create comment table public.invoices | hazards: -
comment on table public.invoices is 'Invoices sent to customers.';
