create type public.price_range as range (subtype = numeric);
comment on type public.price_range is 'Inclusive price bands.';
