-- step 1 | drop comment constraint invoices_amount_check on public.invoices | hazards: -
comment on constraint invoices_amount_check on public.invoices is null;
