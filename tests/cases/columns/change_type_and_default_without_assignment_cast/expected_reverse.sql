-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter column public.events.created | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."events" alter column "created" drop default;

-- step 2 | alter column public.events.created | hazards: DATA_LOSS, TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."events" alter column "created" set data type bigint using extract(epoch from created)::bigint;

-- step 3 | alter column public.events.created | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."events" alter column "created" set default 0;
