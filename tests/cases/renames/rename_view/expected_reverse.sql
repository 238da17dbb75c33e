-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | rename view public.big_deals to large_deals | hazards: BACKWARD_INCOMPATIBLE
alter view "public"."big_deals" rename to "large_deals";
