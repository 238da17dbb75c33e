-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create comment trigger invoices_touch on public.invoices | hazards: -
comment on trigger invoices_touch on public.invoices is 'Keeps updated_at fresh.';
