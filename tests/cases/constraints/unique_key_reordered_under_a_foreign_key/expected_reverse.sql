-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.uses.uses_code_fkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."uses" drop constraint "uses_code_fkey";

-- segment 2 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 2 | create index public.codes_tenant_code_key_new_0f0d34 | hazards: -
CREATE UNIQUE INDEX CONCURRENTLY "codes_tenant_code_key_new_0f0d34" ON public.codes USING btree (code, tenant_id);

-- segment 3 | transaction | add constraint | lock_timeout 5s, statement_timeout 15min
-- step 3 | drop constraint public.codes.codes_tenant_code_key | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."codes" drop constraint "codes_tenant_code_key";

-- step 4 | create constraint public.codes.codes_tenant_code_key | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."codes" add constraint "codes_tenant_code_key" UNIQUE using index "codes_tenant_code_key_new_0f0d34";

-- segment 4 | transaction | foreign key | lock_timeout 5s, statement_timeout 15min
-- step 5 | create constraint public.uses.uses_code_fkey | hazards: SHARE_ROW_EXCLUSIVE_LOCK
alter table "public"."uses" add constraint "uses_code_fkey" FOREIGN KEY (tenant_id, code) REFERENCES public.codes(tenant_id, code) ON DELETE CASCADE not valid;

-- segment 5 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 6 | alter constraint public.uses.uses_code_fkey | hazards: LONG_VALIDATION
alter table "public"."uses" validate constraint "uses_code_fkey";
