-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create view public.customer_totals | hazards: -
create materialized view "public"."customer_totals" as  SELECT customer,
    sum(total) AS spent,
    count(*) AS orders
   FROM orders
  GROUP BY customer;

-- step 2 | create index public.customer_totals_customer_idx | hazards: SHARE_LOCK, INDEX_BUILD
CREATE UNIQUE INDEX customer_totals_customer_idx ON public.customer_totals USING btree (customer);

-- step 3 | create index public.customer_totals_spent_idx | hazards: SHARE_LOCK, INDEX_BUILD
CREATE INDEX customer_totals_spent_idx ON public.customer_totals USING btree (spent DESC);

-- step 4 | alter materialized_view public.customer_totals | hazards: -
alter materialized view "public"."customer_totals" set (fillfactor=80);

-- step 5 | create privilege select on table public.customer_totals to sdcase_reader | hazards: ACCESS_WIDENED
grant select on table public.customer_totals to sdcase_reader;

-- step 6 | create comment index public.customer_totals_customer_idx | hazards: -
comment on index public.customer_totals_customer_idx is 'for refresh concurrently';

-- step 7 | create comment materialized view public.customer_totals | hazards: -
comment on materialized view public.customer_totals is 'refreshed hourly';
