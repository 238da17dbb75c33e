-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | rename materialized_view public.deal_sums to deal_totals | hazards: BACKWARD_INCOMPATIBLE
alter materialized view "public"."deal_sums" rename to "deal_totals";
