-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop index public.customer_totals_customer_idx | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."customer_totals_customer_idx";

-- step 2 | drop index public.customer_totals_spent_idx | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."customer_totals_spent_idx";

-- step 3 | drop view public.customer_totals | hazards: DATA_LOSS
drop materialized view if exists "public"."customer_totals";
