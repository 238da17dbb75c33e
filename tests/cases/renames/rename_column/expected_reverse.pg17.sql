-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | rename column public.users.name to full_name | hazards: BACKWARD_INCOMPATIBLE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."users" rename column "name" to "full_name";
