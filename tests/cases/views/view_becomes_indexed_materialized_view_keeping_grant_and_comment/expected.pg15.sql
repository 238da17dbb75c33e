-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop view public.order_totals | hazards: -
drop view if exists "public"."order_totals";

-- step 2 | create view public.order_totals | hazards: -
create materialized view "public"."order_totals" as  SELECT orders.id,
    orders.total
   FROM orders;

-- step 3 | create index public.order_totals_id | hazards: SHARE_LOCK, INDEX_BUILD
CREATE UNIQUE INDEX order_totals_id ON public.order_totals USING btree (id);

-- step 4 | create privilege select on table public.order_totals to PUBLIC | hazards: ACCESS_WIDENED
grant select on table public.order_totals to PUBLIC;

-- step 5 | create comment materialized view public.order_totals | hazards: -
comment on materialized view public.order_totals is 'one row per order';
