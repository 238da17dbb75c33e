-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.prices.prices_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."prices" drop constraint "prices_pkey";

-- step 2 | drop index public.prices_pkey | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."prices_pkey";

-- step 3 | drop table public.prices | hazards: DATA_LOSS
drop table "public"."prices";

-- step 4 | drop column public.people.full_name | hazards: DATA_LOSS, ACCESS_EXCLUSIVE_LOCK
alter table "public"."people" drop column "full_name";

-- step 5 | create column public.people.initials | hazards: -
alter table "public"."people" add column "initials" text generated always as (("left"(first_name, 1) || "left"(last_name, 1))) virtual;
