-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter table public.orders_2027 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.orders detach partition "public"."orders_2027";

-- step 2 | drop table public.orders_2026 | hazards: DATA_LOSS
drop table "public"."orders_2026";
