-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop index public.order_totals_id | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."order_totals_id";

-- step 2 | drop view public.order_totals | hazards: -
drop materialized view if exists "public"."order_totals";

-- step 3 | create view public.order_totals | hazards: -
create or replace view "public"."order_totals" as  SELECT id,
    total
   FROM orders;

-- step 4 | create privilege select on table public.order_totals to PUBLIC | hazards: ACCESS_WIDENED
grant select on table public.order_totals to PUBLIC;

-- step 5 | create comment view public.order_totals | hazards: -
comment on view public.order_totals is 'one row per order';
