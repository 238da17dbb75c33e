-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter type public.mood | hazards: -
alter type "public"."mood" add value 'meh';

-- step 2 | drop type public.address | hazards: DATA_LOSS
drop type public.address;

-- step 3 | create type public.address | hazards: -
create type public.address as ("street" text, "city" text);

-- step 4 | drop privilege usage on type public.address from PUBLIC | hazards: ACCESS_NARROWED
revoke usage on type public.address from PUBLIC;

-- step 5 | create privilege usage on type public.address to sdcase_reader | hazards: ACCESS_WIDENED
grant usage on type public.address to sdcase_reader;

-- step 6 | create comment type public.address | hazards: -
comment on type public.address is 'where it is';
