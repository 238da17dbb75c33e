-- step 1 | rename index public.deals_stage_idx to idx_deals_stage | hazards: BACKWARD_INCOMPATIBLE
alter index "public"."deals_stage_idx" rename to "idx_deals_stage";
