-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop view public.grand_total | hazards: -
drop view if exists "public"."grand_total";

-- step 2 | drop view public.order_totals | hazards: -
drop view if exists "public"."order_totals";

-- step 3 | drop function public.sum_totals | hazards: -
drop function if exists "public"."sum_totals"();

-- step 4 | alter column public.orders.total | hazards: TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."orders" alter column "total" set data type bigint using "total"::bigint;

-- step 5 | alter setting check_function_bodies | hazards: -
set check_function_bodies = off;

-- step 6 | create view public.order_totals | hazards: -
create or replace view "public"."order_totals" as  SELECT id,
    total
   FROM orders;

-- step 7 | create function public.sum_totals | hazards: -
CREATE OR REPLACE FUNCTION public.sum_totals()
 RETURNS numeric
 LANGUAGE sql
 STABLE
AS $function$ select sum(total) from public.order_totals $function$;

-- step 8 | create view public.grand_total | hazards: -
create or replace view "public"."grand_total" as  SELECT sum_totals() AS total;
