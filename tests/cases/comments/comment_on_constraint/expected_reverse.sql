-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop comment constraint invoices_amount_check on public.invoices | hazards: -
comment on constraint invoices_amount_check on public.invoices is null;
