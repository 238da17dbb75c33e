-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop trigger public.probe_types.probe_types_touch | hazards: ACCESS_EXCLUSIVE_LOCK
drop trigger if exists "probe_types_touch" on "public"."probe_types";
