-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter column public.settings.delta | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."settings" alter column "delta" set default '-1.5'::numeric;

-- step 2 | alter column public.settings.enabled | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."settings" alter column "enabled" set default true;

-- step 3 | alter column public.settings.floor_value | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."settings" alter column "floor_value" set default '-1'::integer;

-- step 4 | alter column public.settings.grace | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."settings" alter column "grace" set default '1 day'::interval day;

-- step 5 | alter column public.settings.low | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."settings" alter column "low" set default '-Infinity'::double precision;

-- step 6 | alter column public.settings.quota | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."settings" alter column "quota" set default '42'::bigint;

-- step 7 | alter column public.settings.ratio | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."settings" alter column "ratio" set default 1.50;

-- step 8 | alter column public.settings.since | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."settings" alter column "since" set default '1970-01-01'::date;

-- step 9 | alter column public.settings.slot | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."settings" alter column "slot" set default '01:30:00'::interval hour to minute;

-- step 10 | alter column public.settings.smallest | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."settings" alter column "smallest" set default '-32768'::integer;

-- step 11 | alter column public.settings.starts | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."settings" alter column "starts" set default '2024-01-01 00:00:00+00'::timestamp with time zone;

-- step 12 | alter column public.settings.weight | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."settings" alter column "weight" set default '1000'::numeric;
