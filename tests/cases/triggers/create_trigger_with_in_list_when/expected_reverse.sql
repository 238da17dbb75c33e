-- step 1 | drop trigger public.probe_types.probe_types_touch | hazards: -
drop trigger if exists "probe_types_touch" on "public"."probe_types";
