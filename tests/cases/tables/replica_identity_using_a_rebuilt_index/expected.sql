-- segment 1 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 1 | create index public.audit_key_new_cbb809 | hazards: -
CREATE UNIQUE INDEX CONCURRENTLY "audit_key_new_cbb809" ON public.audit USING btree (id, seq);

-- segment 2 | no transaction | drop index | lock_timeout 5s, statement_timeout 15min
-- step 2 | drop index public.audit_key | hazards: INDEX_DROPPED
drop index concurrently if exists "public"."audit_key";

-- segment 3 | transaction | rename index | lock_timeout 5s, statement_timeout 15min
-- step 3 | rename index public.audit_key | hazards: -
alter index "public"."audit_key_new_cbb809" rename to "audit_key";

-- segment 4 | transaction | replica identity | lock_timeout 5s, statement_timeout 15min
-- step 4 | alter table public.audit | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."audit" replica identity using index "audit_key";
