-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter column public.t.n | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."t" alter column "n" drop default;

-- step 2 | alter column public.t.n | hazards: DATA_LOSS, TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."t" alter column "n" set data type integer using "n"::integer;

-- step 3 | alter column public.t.n | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."t" alter column "n" set default 0;
