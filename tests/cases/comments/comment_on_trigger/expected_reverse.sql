-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop comment trigger invoices_touch on public.invoices | hazards: -
comment on trigger invoices_touch on public.invoices is null;
