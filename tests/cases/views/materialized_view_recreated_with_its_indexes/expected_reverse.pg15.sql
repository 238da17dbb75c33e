-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop view public.sales_total | hazards: -
drop materialized view if exists "public"."sales_total";

-- step 2 | create view public.sales_total | hazards: -
create materialized view "public"."sales_total" as  SELECT sum(sales.amount) AS total
   FROM sales;

-- step 3 | create index public.sales_total_idx | hazards: SHARE_LOCK, INDEX_BUILD
CREATE UNIQUE INDEX sales_total_idx ON public.sales_total USING btree (total);
