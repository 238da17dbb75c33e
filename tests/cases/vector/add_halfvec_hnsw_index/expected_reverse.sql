-- step 1 | drop index public.chunks_summary_idx | hazards: -
drop index if exists "public"."chunks_summary_idx";
