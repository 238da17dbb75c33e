-- step 1 | drop constraint public.memberships.memberships_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."memberships" drop constraint "memberships_pkey";

-- step 2 | drop index public.memberships_pkey | hazards: -
drop index if exists "public"."memberships_pkey";

-- step 3 | create index public.memberships_pkey | hazards: INDEX_BUILD
CREATE UNIQUE INDEX memberships_pkey ON public.memberships USING btree (org_id, user_id);

-- step 4 | create constraint public.memberships.memberships_pkey | hazards: -
alter table "public"."memberships" add constraint "memberships_pkey" PRIMARY KEY using index "memberships_pkey";
