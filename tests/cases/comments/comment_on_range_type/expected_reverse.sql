-- step 1 | drop comment type public.price_range | hazards: -
comment on type public.price_range is null;
