-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop view public.big_invoices | hazards: DATA_LOSS
drop view if exists "public"."big_invoices";

-- step 2 | drop foreign_table public.invoices | hazards: -
drop foreign table "public"."invoices";
