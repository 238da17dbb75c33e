-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter column public.tickets.level | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."tickets" alter column "level" drop default;

-- step 2 | alter column public.tickets.priority | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."tickets" alter column "priority" drop default;

-- step 3 | alter column public.tickets.id, public.tickets.level, public.tickets.priority | hazards: DATA_LOSS, TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."tickets"
    alter column "id" set data type integer using "id"::integer,
    alter column "level" set data type text using "level"::text,
    alter column "priority" set data type text using "priority"::text;

-- step 4 | alter column public.tickets.level | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."tickets" alter column "level" set default '1'::text;

-- step 5 | alter column public.tickets.priority | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."tickets" alter column "priority" set default '3'::text;
