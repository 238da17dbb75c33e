-- segment 1 | transaction | attach checks | lock_timeout 5s, statement_timeout 15min
-- step 1 | create constraint public.orders_2027.orders_2027_bound_f185a2 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."orders_2027" add constraint "orders_2027_bound_f185a2" check (((placed_on IS NOT NULL) AND (placed_on >= '2027-01-01'::date) AND (placed_on < '2028-01-01'::date))) not valid;

-- step 2 | create constraint public.orders_other.orders_2026_outside_15c73d | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."orders_other" add constraint "orders_2026_outside_15c73d" check (not (((placed_on IS NOT NULL) AND (placed_on >= '2026-01-01'::date) AND (placed_on < '2027-01-01'::date)))) not valid;

-- step 3 | create constraint public.orders_other.orders_2027_outside_c47f40 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."orders_other" add constraint "orders_2027_outside_c47f40" check (not (((placed_on IS NOT NULL) AND (placed_on >= '2027-01-01'::date) AND (placed_on < '2028-01-01'::date)))) not valid;

-- segment 2 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 4 | alter constraint public.orders_2027.orders_2027_bound_f185a2 | hazards: LONG_VALIDATION
alter table "public"."orders_2027" validate constraint "orders_2027_bound_f185a2";

-- segment 3 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 5 | alter constraint public.orders_other.orders_2026_outside_15c73d | hazards: LONG_VALIDATION
alter table "public"."orders_other" validate constraint "orders_2026_outside_15c73d";

-- segment 4 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 6 | alter constraint public.orders_other.orders_2027_outside_c47f40 | hazards: LONG_VALIDATION
alter table "public"."orders_other" validate constraint "orders_2027_outside_c47f40";

-- segment 5 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 7 | create table public.orders_2026 | hazards: ACCESS_EXCLUSIVE_LOCK
create table "public"."orders_2026" partition of "public"."orders" FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');

-- step 8 | drop constraint public.orders_other.orders_2026_outside_15c73d | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."orders_other" drop constraint "orders_2026_outside_15c73d";

-- step 9 | alter table public.orders_2027 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.orders attach partition "public"."orders_2027" FOR VALUES FROM ('2027-01-01') TO ('2028-01-01');

-- step 10 | drop constraint public.orders_2027.orders_2027_bound_f185a2 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."orders_2027" drop constraint "orders_2027_bound_f185a2";

-- step 11 | drop constraint public.orders_other.orders_2027_outside_c47f40 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."orders_other" drop constraint "orders_2027_outside_c47f40";
