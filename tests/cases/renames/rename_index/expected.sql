-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | rename index public.idx_deals_stage to deals_stage_idx | hazards: -
alter index "public"."idx_deals_stage" rename to "deals_stage_idx";
