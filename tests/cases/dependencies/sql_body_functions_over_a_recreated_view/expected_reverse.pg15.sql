-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop function public.open_rows | hazards: -
drop function if exists "public"."open_rows"();

-- step 2 | drop view public.dashboard | hazards: -
drop view if exists "public"."dashboard";

-- step 3 | drop function public.open_total | hazards: -
drop function if exists "public"."open_total"();

-- step 4 | drop view public.open_invoices | hazards: -
drop view if exists "public"."open_invoices";

-- step 5 | alter column public.invoices.amount | hazards: DATA_LOSS, TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."invoices" alter column "amount" set data type numeric(10,2) using "amount"::numeric(10,2);

-- step 6 | create view public.open_invoices | hazards: -
create or replace view "public"."open_invoices" as  SELECT invoices.id,
    invoices.customer,
    invoices.amount
   FROM invoices;

-- step 7 | create function public.open_rows | hazards: -
CREATE OR REPLACE FUNCTION public.open_rows()
 RETURNS SETOF open_invoices
 LANGUAGE sql
 STABLE
AS $function$ select * from public.open_invoices $function$;

-- step 8 | create function public.open_total | hazards: -
CREATE OR REPLACE FUNCTION public.open_total()
 RETURNS numeric
 LANGUAGE sql
 STABLE
BEGIN ATOMIC
 SELECT sum(open_invoices.amount) AS sum
    FROM open_invoices;
END;

-- step 9 | create view public.dashboard | hazards: -
create or replace view "public"."dashboard" as  SELECT open_total() AS total;

-- step 10 | drop privilege execute on function public.open_total() from PUBLIC | hazards: ACCESS_NARROWED
revoke execute on function public.open_total() from PUBLIC;

-- step 11 | create comment function public.open_total() | hazards: -
comment on function public.open_total() is 'sum of the open invoices';
