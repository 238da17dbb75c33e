-- step 1 | drop comment index public.invoices_amount_idx | hazards: -
comment on index public.invoices_amount_idx is null;
