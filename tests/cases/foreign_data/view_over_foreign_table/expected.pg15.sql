-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create foreign_table public.invoices | hazards: -
create foreign table "public"."invoices" (
    "id" integer,
    "amount" numeric
) server "billing";

-- step 2 | create view public.big_invoices | hazards: -
create or replace view "public"."big_invoices" as  SELECT invoices.id,
    invoices.amount
   FROM invoices
  WHERE (invoices.amount > (1000)::numeric);
