-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create type public.mood | hazards: -
create type "public"."mood" as enum ('ok', 'bad');

-- step 2 | create column public.t.m | hazards: -
alter table "public"."t" add column "m" mood default 'ok'::mood;
