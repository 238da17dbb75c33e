-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop function public.snapshot_regions | hazards: -
drop procedure if exists "public"."snapshot_regions"();

-- step 2 | drop view public.region_totals | hazards: -
drop materialized view if exists "public"."region_totals";

-- step 3 | create view public.region_totals | hazards: -
create materialized view "public"."region_totals" as  SELECT sales.region,
    sum(sales.amount) AS total
   FROM sales
  WHERE (sales.amount > (0)::numeric)
  GROUP BY sales.region;

-- step 4 | create function public.snapshot_regions | hazards: -
CREATE OR REPLACE PROCEDURE public.snapshot_regions()
 LANGUAGE sql
BEGIN ATOMIC
 INSERT INTO region_snapshots (region, total)  SELECT region_totals.region,
             region_totals.total
            FROM region_totals;
END;

-- step 5 | create index public.region_totals_region | hazards: SHARE_LOCK, INDEX_BUILD
CREATE UNIQUE INDEX region_totals_region ON public.region_totals USING btree (region);

-- step 6 | create privilege execute on procedure public.snapshot_regions() to sdcase_report_runner | hazards: ACCESS_WIDENED
grant execute on procedure public.snapshot_regions() to sdcase_report_runner;
