-- step 1 | create sequence public.scratch_ids | hazards: -
create unlogged sequence "public"."scratch_ids";
