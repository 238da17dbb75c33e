-- step 1 | alter sequence public.scratch_ids | hazards: -
alter sequence "public"."scratch_ids" set unlogged;
