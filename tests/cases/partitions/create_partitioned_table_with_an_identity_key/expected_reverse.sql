-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.audit_events.audit_events_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."audit_events" drop constraint "audit_events_pkey";

-- step 2 | drop index public.audit_events_pkey | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."audit_events_pkey";

-- step 3 | drop table public.audit_events | hazards: DATA_LOSS
drop table "public"."audit_events";
