-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | rename column public.users.full_name to name | hazards: BACKWARD_INCOMPATIBLE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."users" rename column "full_name" to "name";
