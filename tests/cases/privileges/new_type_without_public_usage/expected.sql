-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create type public.mood | hazards: -
create type "public"."mood" as enum ('sad', 'happy');

-- step 2 | create type public.positive | hazards: -
create domain public.positive as integer constraint "positive_check" CHECK ((VALUE > 0));

-- step 3 | drop privilege usage on type public.mood from PUBLIC | hazards: ACCESS_NARROWED
revoke usage on type public.mood from PUBLIC;

-- step 4 | drop privilege usage on type public.positive from PUBLIC | hazards: ACCESS_NARROWED
revoke usage on type public.positive from PUBLIC;

-- step 5 | create privilege usage on type public.mood to sdcase_reader | hazards: ACCESS_WIDENED
grant usage on type public.mood to sdcase_reader;
