-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | rename materialized_view public.deal_totals to deal_sums | hazards: BACKWARD_INCOMPATIBLE
alter materialized view "public"."deal_totals" rename to "deal_sums";
