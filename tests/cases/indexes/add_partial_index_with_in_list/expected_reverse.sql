-- step 1 | drop index public.probe_types_open_idx | hazards: -
drop index if exists "public"."probe_types_open_idx";
