-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter owner table public.accounts | hazards: ACCESS_EXCLUSIVE_LOCK, ACCESS_WIDENED
alter table "public"."accounts" owner to "sdcase_owner_b";
