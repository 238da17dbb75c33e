-- step 1 | create comment type public.price_range | hazards: -
comment on type public.price_range is 'Inclusive price bands.';
