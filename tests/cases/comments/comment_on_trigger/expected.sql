-- step 1 | create comment trigger invoices_touch on public.invoices | hazards: -
comment on trigger invoices_touch on public.invoices is 'Keeps updated_at fresh.';
