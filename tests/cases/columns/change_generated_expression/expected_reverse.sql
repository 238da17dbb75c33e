-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter column public.people.full_name | hazards: TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."people" alter column "full_name" set expression as (((first_name || ' '::text) || last_name));
