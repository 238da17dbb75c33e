-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.memberships.memberships_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."memberships" drop constraint "memberships_pkey";

-- step 2 | drop index public.memberships_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."memberships_pkey";

-- segment 2 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 3 | create index public.memberships_pkey | hazards: -
CREATE UNIQUE INDEX CONCURRENTLY memberships_pkey ON public.memberships USING btree (org_id, user_id);

-- segment 3 | transaction | add constraint | lock_timeout 5s, statement_timeout 15min
-- step 4 | create constraint public.memberships.memberships_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."memberships" add constraint "memberships_pkey" PRIMARY KEY using index "memberships_pkey";
