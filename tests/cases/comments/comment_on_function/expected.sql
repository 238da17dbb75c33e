-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create comment function public.invoice_count() | hazards: -
comment on function public.invoice_count() is 'Number of invoices.';
