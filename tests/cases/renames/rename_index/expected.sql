-- step 1 | rename index public.idx_deals_stage to deals_stage_idx | hazards: BACKWARD_INCOMPATIBLE
alter index "public"."idx_deals_stage" rename to "deals_stage_idx";
