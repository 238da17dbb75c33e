-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop policy public.probe_types.probe_types_public | hazards: ACCESS_NARROWED
drop policy "probe_types_public" on "public"."probe_types";
