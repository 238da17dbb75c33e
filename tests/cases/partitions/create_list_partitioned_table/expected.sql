-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create table public.orders | hazards: -
create table "public"."orders" (
    "id" bigint not null,
    "region" text not null,
    "total" numeric
) partition by LIST (region);

-- step 2 | create table public.orders_eu | hazards: -
create table "public"."orders_eu" partition of "public"."orders" FOR VALUES IN ('de', 'fr', 'it');

-- step 3 | create table public.orders_us | hazards: -
create table "public"."orders_us" partition of "public"."orders" FOR VALUES IN ('us');
