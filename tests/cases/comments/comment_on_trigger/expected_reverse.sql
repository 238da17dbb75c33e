-- step 1 | drop comment trigger invoices_touch on public.invoices | hazards: -
comment on trigger invoices_touch on public.invoices is null;
