-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create column public.people.upper_name | hazards: -
alter table "public"."people" add column "upper_name" text generated always as (upper(first_name)) virtual;
