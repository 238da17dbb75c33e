-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop comment type public.price_range | hazards: -
comment on type public.price_range is null;
