-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter setting check_function_bodies | hazards: -
set check_function_bodies = off;

-- step 2 | create function public.big_order_ids | hazards: -
CREATE OR REPLACE FUNCTION public.big_order_ids()
 RETURNS SETOF integer
 LANGUAGE sql
 STABLE
AS $function$ select id from public.big_orders $function$;

-- step 3 | create table public.orders | hazards: -
create table "public"."orders" (
    "id" integer not null,
    "total" numeric not null
);

-- step 4 | create index public.orders_pkey | hazards: -
CREATE UNIQUE INDEX orders_pkey ON public.orders USING btree (id);

-- step 5 | create constraint public.orders.orders_pkey | hazards: -
alter table "public"."orders" add constraint "orders_pkey" PRIMARY KEY using index "orders_pkey";

-- step 6 | create view public.big_orders | hazards: -
create or replace view "public"."big_orders" as  SELECT id,
    total
   FROM orders
  WHERE (total > (100)::numeric);

-- step 7 | create view public.big_order_count | hazards: -
create or replace view "public"."big_order_count" as  SELECT count(*) AS n
   FROM big_order_ids() big_order_ids(big_order_ids);
