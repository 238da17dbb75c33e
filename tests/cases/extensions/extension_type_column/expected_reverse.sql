-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop column public.users.email | hazards: DATA_LOSS, ACCESS_EXCLUSIVE_LOCK
alter table "public"."users" drop column "email";

-- step 2 | drop extension citext | hazards: DATA_LOSS
drop extension if exists "citext";
