-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop column public.users.full_name | hazards: DATA_LOSS, ACCESS_EXCLUSIVE_LOCK
alter table "public"."users" drop column "full_name";

-- step 2 | create column public.users.name | hazards: -
alter table "public"."users" add column "name" text;
