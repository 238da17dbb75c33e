-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop comment index public.invoices_amount_idx | hazards: -
comment on index public.invoices_amount_idx is null;
