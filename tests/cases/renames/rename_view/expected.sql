-- step 1 | rename view public.large_deals to big_deals | hazards: BACKWARD_INCOMPATIBLE
alter view "public"."large_deals" rename to "big_deals";
