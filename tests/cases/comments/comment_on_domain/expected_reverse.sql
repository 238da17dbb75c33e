-- step 1 | drop comment type public.positive_amount | hazards: -
comment on type public.positive_amount is null;
