-- step 1 | drop index public.probe_types_kind_idx | hazards: -
drop index if exists "public"."probe_types_kind_idx";
