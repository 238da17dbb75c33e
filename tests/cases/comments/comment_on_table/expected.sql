-- step 1 | create comment table public.invoices | hazards: -
comment on table public.invoices is 'Invoices sent to customers.';
