-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | rename view public.large_deals to big_deals | hazards: BACKWARD_INCOMPATIBLE
alter view "public"."large_deals" rename to "big_deals";
