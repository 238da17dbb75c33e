-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter column public.people.upper_name | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."people" alter column "upper_name" drop expression;
