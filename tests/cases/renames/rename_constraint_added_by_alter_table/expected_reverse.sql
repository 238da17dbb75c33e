-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | rename constraint public.deals.deals_amount_non_negative to deals_amount_check | hazards: BACKWARD_INCOMPATIBLE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."deals" rename constraint "deals_amount_non_negative" to "deals_amount_check";
