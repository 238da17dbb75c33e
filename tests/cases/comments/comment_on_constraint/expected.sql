-- step 1 | create comment constraint invoices_amount_check on public.invoices | hazards: -
comment on constraint invoices_amount_check on public.invoices is 'No negative invoices.';
