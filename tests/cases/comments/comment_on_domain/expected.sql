-- step 1 | create comment type public.positive_amount | hazards: -
comment on type public.positive_amount is 'Strictly positive amount.';
