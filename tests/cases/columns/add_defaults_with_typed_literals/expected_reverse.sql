-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter column public.settings.delta | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."settings" alter column "delta" drop default;

-- step 2 | alter column public.settings.enabled | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."settings" alter column "enabled" drop default;

-- step 3 | alter column public.settings.floor_value | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."settings" alter column "floor_value" drop default;

-- step 4 | alter column public.settings.grace | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."settings" alter column "grace" drop default;

-- step 5 | alter column public.settings.low | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."settings" alter column "low" drop default;

-- step 6 | alter column public.settings.quota | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."settings" alter column "quota" drop default;

-- step 7 | alter column public.settings.ratio | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."settings" alter column "ratio" drop default;

-- step 8 | alter column public.settings.since | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."settings" alter column "since" drop default;

-- step 9 | alter column public.settings.slot | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."settings" alter column "slot" drop default;

-- step 10 | alter column public.settings.smallest | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."settings" alter column "smallest" drop default;

-- step 11 | alter column public.settings.starts | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."settings" alter column "starts" drop default;

-- step 12 | alter column public.settings.weight | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."settings" alter column "weight" drop default;
