-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter table public.audit | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."audit" replica identity default;

-- segment 2 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 2 | create index public.audit_key_new_cbb809 | hazards: -
CREATE UNIQUE INDEX CONCURRENTLY "audit_key_new_cbb809" ON public.audit USING btree (id);

-- segment 3 | no transaction | drop index | lock_timeout 5s, statement_timeout 15min
-- step 3 | drop index public.audit_key | hazards: INDEX_DROPPED
drop index concurrently if exists "public"."audit_key";

-- segment 4 | transaction | rename index | lock_timeout 5s, statement_timeout 15min
-- step 4 | rename index public.audit_key | hazards: -
alter index "public"."audit_key_new_cbb809" rename to "audit_key";
