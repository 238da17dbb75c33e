-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop trigger public.dashboard.dashboard_read_only | hazards: ACCESS_EXCLUSIVE_LOCK
drop trigger if exists "dashboard_read_only" on "public"."dashboard";

-- step 2 | drop function public.open_rows | hazards: -
drop function if exists "public"."open_rows"();

-- step 3 | drop view public.dashboard | hazards: -
drop view if exists "public"."dashboard";

-- step 4 | drop function public.open_total | hazards: -
drop function if exists "public"."open_total"();

-- step 5 | drop view public.open_invoices | hazards: -
drop view if exists "public"."open_invoices";

-- step 6 | alter column public.invoices.amount | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."invoices" alter column "amount" set data type numeric(12,2) using "amount"::numeric(12,2);

-- step 7 | create view public.open_invoices | hazards: -
create or replace view "public"."open_invoices" as  SELECT id,
    customer,
    amount
   FROM invoices;

-- step 8 | create function public.open_rows | hazards: -
CREATE OR REPLACE FUNCTION public.open_rows()
 RETURNS SETOF open_invoices
 LANGUAGE sql
 STABLE
AS $function$ select * from public.open_invoices $function$;

-- step 9 | create function public.open_total | hazards: -
CREATE OR REPLACE FUNCTION public.open_total()
 RETURNS numeric
 LANGUAGE sql
 STABLE
BEGIN ATOMIC
 SELECT sum(open_invoices.amount) AS sum
    FROM open_invoices;
END;

-- step 10 | create view public.dashboard | hazards: -
create or replace view "public"."dashboard" as  SELECT open_total() AS total;

-- step 11 | drop privilege execute on function public.open_total() from PUBLIC | hazards: ACCESS_NARROWED
revoke execute on function public.open_total() from PUBLIC;

-- step 12 | create trigger public.dashboard.dashboard_read_only | hazards: SHARE_ROW_EXCLUSIVE_LOCK
CREATE TRIGGER dashboard_read_only INSTEAD OF INSERT ON public.dashboard FOR EACH ROW EXECUTE FUNCTION refuse_writes();

-- step 13 | create comment function public.open_total() | hazards: -
comment on function public.open_total() is 'sum of the open invoices';
