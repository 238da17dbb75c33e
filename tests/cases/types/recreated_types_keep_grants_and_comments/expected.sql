-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop type public.address | hazards: DATA_LOSS
drop type public.address;

-- step 2 | create type public.address | hazards: -
create type public.address as ("city" text, "street" text);

-- step 3 | rename type public.mood | hazards: BACKWARD_INCOMPATIBLE
alter type "public"."mood" rename to "mood__old_version_to_be_dropped";

-- step 4 | create type public.mood | hazards: -
create type "public"."mood" as enum ('ok', 'bad');

-- step 5 | alter column public.entries.feeling | hazards: DATA_LOSS, TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."entries" alter column "feeling" type "public"."mood" using "feeling"::text::"public"."mood";

-- step 6 | drop type public.mood__old_version_to_be_dropped | hazards: DATA_LOSS
drop type "public"."mood__old_version_to_be_dropped";

-- step 7 | drop privilege usage on type public.address from PUBLIC | hazards: ACCESS_NARROWED
revoke usage on type public.address from PUBLIC;

-- step 8 | create privilege usage on type public.address to sdcase_reader | hazards: ACCESS_WIDENED
grant usage on type public.address to sdcase_reader;

-- step 9 | drop privilege usage on type public.mood from PUBLIC | hazards: ACCESS_NARROWED
revoke usage on type public.mood from PUBLIC;

-- step 10 | create privilege usage on type public.mood to sdcase_reader | hazards: ACCESS_WIDENED
grant usage on type public.mood to sdcase_reader;

-- step 11 | create comment type public.address | hazards: -
comment on type public.address is 'where it is';

-- step 12 | create comment type public.mood | hazards: -
comment on type public.mood is 'how it feels';
