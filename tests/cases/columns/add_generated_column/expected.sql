-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create column public.people.full_name | hazards: TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."people" add column "full_name" text generated always as (((first_name || ' '::text) || last_name)) stored;
