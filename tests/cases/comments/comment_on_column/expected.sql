-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create comment column public.invoices.amount | hazards: -
comment on column public.invoices.amount is 'Total, in the invoice''s currency.';
