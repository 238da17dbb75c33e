-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop function public.big_invoice_total | hazards: -
drop function if exists "public"."big_invoice_total"();

-- step 2 | drop view public.big_invoice_count | hazards: -
drop view if exists "public"."big_invoice_count";

-- step 3 | drop view public.big_invoices | hazards: -
drop view if exists "public"."big_invoices";

-- step 4 | drop foreign_table public.invoices | hazards: -
drop foreign table "public"."invoices";

-- step 5 | create foreign_table public.invoices | hazards: -
create foreign table "public"."invoices" (
    "id" integer,
    "amount" numeric
) server "billing_replica" options ("table_name" 'invoices');

-- step 6 | create view public.big_invoices | hazards: -
create or replace view "public"."big_invoices" as  SELECT invoices.id,
    invoices.amount
   FROM invoices
  WHERE (invoices.amount > (1000)::numeric);

-- step 7 | create function public.big_invoice_total | hazards: -
CREATE OR REPLACE FUNCTION public.big_invoice_total()
 RETURNS numeric
 LANGUAGE sql
 STABLE
BEGIN ATOMIC
 SELECT sum(big_invoices.amount) AS sum
    FROM big_invoices;
END;

-- step 8 | create view public.big_invoice_count | hazards: -
create or replace view "public"."big_invoice_count" as  SELECT count(*) AS invoices
   FROM big_invoices;

-- step 9 | create privilege select on table public.big_invoices to sdcase_fdw_reader | hazards: ACCESS_WIDENED
grant select on table public.big_invoices to sdcase_fdw_reader;

-- step 10 | create comment view public.big_invoices | hazards: -
comment on view public.big_invoices is 'over a thousand';
