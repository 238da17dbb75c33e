-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create comment type public.positive_amount | hazards: -
comment on type public.positive_amount is 'Strictly positive amount.';
