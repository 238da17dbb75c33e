-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter table public.logs_2025 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.logs detach partition "public"."logs_2025";
