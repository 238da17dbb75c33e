-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter column public.t.n | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."t" alter column "n" drop identity;

-- step 2 | alter column public.t.n | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."t" alter column "n" drop not null;
