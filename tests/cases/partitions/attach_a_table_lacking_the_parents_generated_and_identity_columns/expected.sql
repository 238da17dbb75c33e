-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create column public.orders_2026.total | hazards: TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."orders_2026" add column "total" numeric(14,2) generated always as (((quantity)::numeric * unit_price)) stored;

-- step 2 | create column public.orders_2027.id | hazards: -
alter table "public"."orders_2027" add column "id" bigint not null;

-- step 3 | create column public.orders_2027.total | hazards: TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."orders_2027" add column "total" numeric(14,2) generated always as (((quantity)::numeric * unit_price)) stored;

-- step 4 | alter table public.orders_2026 | hazards: ACCESS_EXCLUSIVE_LOCK, LONG_VALIDATION
alter table public.orders attach partition "public"."orders_2026" FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');

-- step 5 | alter table public.orders_2027 | hazards: ACCESS_EXCLUSIVE_LOCK, LONG_VALIDATION
alter table public.orders attach partition "public"."orders_2027" FOR VALUES FROM ('2027-01-01') TO ('2028-01-01');
