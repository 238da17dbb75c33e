-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter table public.audit | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."audit" replica identity default;

-- segment 2 | no transaction | drop index | lock_timeout 5s, statement_timeout 15min
-- step 2 | drop index public.audit_id_key | hazards: INDEX_DROPPED
drop index concurrently if exists "public"."audit_id_key";
