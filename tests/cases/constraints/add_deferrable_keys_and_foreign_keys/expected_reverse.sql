-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.audit.audit_parent_id_fkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."audit" drop constraint "audit_parent_id_fkey";

-- step 2 | drop constraint public.children.children_parent_id_fkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."children" drop constraint "children_parent_id_fkey";

-- step 3 | drop constraint public.children.children_parent_position_key | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."children" drop constraint "children_parent_position_key";

-- step 4 | drop constraint public.parents.parents_code_key | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."parents" drop constraint "parents_code_key";

-- step 5 | drop constraint public.audit.audit_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."audit" drop constraint "audit_pkey";

-- step 6 | drop constraint public.children.children_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."children" drop constraint "children_pkey";

-- step 7 | drop index public.audit_pkey | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."audit_pkey";

-- step 8 | drop index public.children_parent_position_key | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."children_parent_position_key";

-- step 9 | drop index public.children_pkey | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."children_pkey";

-- step 10 | drop index public.parents_code_key | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."parents_code_key";

-- step 11 | drop table public.audit | hazards: DATA_LOSS
drop table "public"."audit";
