-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter constraint public.users.users_full_name_not_null | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.users rename constraint "users_name_not_null" to "users_full_name_not_null";

-- step 2 | rename column public.users.name to full_name | hazards: BACKWARD_INCOMPATIBLE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."users" rename column "name" to "full_name";
