-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create comment index public.invoices_amount_idx | hazards: -
comment on index public.invoices_amount_idx is 'For range reports.';
