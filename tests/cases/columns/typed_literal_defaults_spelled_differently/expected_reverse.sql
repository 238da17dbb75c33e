-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter column public.settings.quota | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."settings" alter column "quota" set default '42'::bigint;

-- step 2 | alter column public.settings.weight | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."settings" alter column "weight" set default '1000'::numeric;
