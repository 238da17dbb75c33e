-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create constraint public.audit.audit_id_not_null_8cd9b5 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."audit" add constraint "audit_id_not_null_8cd9b5" check ("id" is not null) not valid;

-- segment 2 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 2 | create index public.audit_pkey | hazards: -
CREATE UNIQUE INDEX CONCURRENTLY audit_pkey ON public.audit USING btree (id);

-- segment 3 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 3 | alter constraint public.audit.audit_id_not_null_8cd9b5 | hazards: LONG_VALIDATION
alter table "public"."audit" validate constraint "audit_id_not_null_8cd9b5";

-- segment 4 | transaction | set not null | lock_timeout 5s, statement_timeout 15min
-- step 4 | alter column public.audit.id | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."audit" alter column "id" set not null;

-- step 5 | drop constraint public.audit.audit_id_not_null_8cd9b5 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."audit" drop constraint "audit_id_not_null_8cd9b5";

-- segment 5 | transaction | add constraint | lock_timeout 5s, statement_timeout 15min
-- step 6 | create constraint public.audit.audit_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."audit" add constraint "audit_pkey" PRIMARY KEY using index "audit_pkey";
