-- step 1 | drop index public.measurements_taken_at_idx | hazards: -
drop index if exists "public"."measurements_taken_at_idx";
