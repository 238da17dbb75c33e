-- segment 1 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 1 | create index public.audit_id_key | hazards: -
CREATE UNIQUE INDEX CONCURRENTLY audit_id_key ON public.audit USING btree (id);

-- segment 2 | transaction | replica identity | lock_timeout 5s, statement_timeout 15min
-- step 2 | alter table public.audit | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."audit" replica identity using index "audit_id_key";
