-- step 1 | drop policy public.probe_types.probe_types_public | hazards: SECURITY
drop policy "probe_types_public" on "public"."probe_types";
