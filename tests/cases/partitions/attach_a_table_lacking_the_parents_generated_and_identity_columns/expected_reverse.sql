-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter table public.orders_2026 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.orders detach partition "public"."orders_2026";

-- step 2 | alter table public.orders_2027 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.orders detach partition "public"."orders_2027";

-- step 3 | drop column public.orders_2026.total | hazards: DATA_LOSS, ACCESS_EXCLUSIVE_LOCK
alter table "public"."orders_2026" drop column "total";

-- step 4 | drop column public.orders_2027.id | hazards: DATA_LOSS, ACCESS_EXCLUSIVE_LOCK
alter table "public"."orders_2027" drop column "id";

-- step 5 | drop column public.orders_2027.total | hazards: DATA_LOSS, ACCESS_EXCLUSIVE_LOCK
alter table "public"."orders_2027" drop column "total";
