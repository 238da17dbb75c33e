-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter constraint public.users.users_name_not_null | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.users rename constraint "users_full_name_not_null" to "users_name_not_null";

-- step 2 | rename column public.users.full_name to name | hazards: BACKWARD_INCOMPATIBLE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."users" rename column "full_name" to "name";
