-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | rename index public.deals_stage_idx to idx_deals_stage | hazards: -
alter index "public"."deals_stage_idx" rename to "idx_deals_stage";
