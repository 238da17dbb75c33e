-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create comment type public.invoice_state | hazards: -
comment on type public.invoice_state is 'Lifecycle of an invoice.';
