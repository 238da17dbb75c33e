-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.audit.audit_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."audit" drop constraint "audit_pkey";

-- step 2 | drop index public.audit_pkey | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."audit_pkey";

-- step 3 | alter column public.audit.id | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."audit" alter column "id" drop not null;
