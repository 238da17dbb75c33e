-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop view public.big_customers | hazards: -
drop view if exists "public"."big_customers";

-- step 2 | drop view public.customer_totals | hazards: -
drop materialized view if exists "public"."customer_totals";

-- step 3 | drop view public.order_lines | hazards: -
drop view if exists "public"."order_lines";

-- step 4 | create view public.order_lines | hazards: -
create or replace view "public"."order_lines" as  SELECT id,
    customer,
    total
   FROM orders;

-- step 5 | create view public.customer_totals | hazards: -
create materialized view "public"."customer_totals" as  SELECT customer,
    sum(total) AS spent
   FROM order_lines
  GROUP BY customer;

-- step 6 | create view public.big_customers | hazards: -
create or replace view "public"."big_customers" as  SELECT customer
   FROM customer_totals
  WHERE (spent > (1000)::numeric);

-- step 7 | create index public.customer_totals_customer | hazards: SHARE_LOCK, INDEX_BUILD
CREATE UNIQUE INDEX customer_totals_customer ON public.customer_totals USING btree (customer);

-- step 8 | create comment index public.customer_totals_customer | hazards: -
comment on index "public"."customer_totals_customer" is 'one row per customer';

-- step 9 | create privilege select on table public.big_customers to sdcase_reader | hazards: ACCESS_WIDENED
grant select on table public.big_customers to sdcase_reader;

-- step 10 | create privilege select on table public.customer_totals to sdcase_reader | hazards: ACCESS_WIDENED
grant select on table public.customer_totals to sdcase_reader;

-- step 11 | create comment materialized view public.customer_totals | hazards: -
comment on materialized view public.customer_totals is 'refreshed hourly';

-- step 12 | create comment column public.customer_totals.spent | hazards: -
comment on column public.customer_totals.spent is 'all time';

-- step 13 | create comment view public.big_customers | hazards: -
comment on view public.big_customers is 'for the sales team';
