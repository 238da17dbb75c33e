-- segment 1 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 1 | create index public.memberships_pkey_new_52bc3a | hazards: -
CREATE UNIQUE INDEX CONCURRENTLY "memberships_pkey_new_52bc3a" ON public.memberships USING btree (org_id);

-- segment 2 | transaction | add constraint | lock_timeout 5s, statement_timeout 15min
-- step 2 | drop constraint public.memberships.memberships_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."memberships" drop constraint "memberships_pkey";

-- step 3 | create constraint public.memberships.memberships_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."memberships" add constraint "memberships_pkey" PRIMARY KEY using index "memberships_pkey_new_52bc3a";
