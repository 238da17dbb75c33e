create type public.price_range as range (subtype = numeric);
