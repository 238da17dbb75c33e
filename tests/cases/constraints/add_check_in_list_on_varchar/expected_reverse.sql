-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.probe_types.allowed_entity_type | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."probe_types" drop constraint "allowed_entity_type";
