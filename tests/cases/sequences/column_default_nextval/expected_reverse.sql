-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter column public.invoices.number | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."invoices" alter column "number" drop default;

-- step 2 | alter column public.invoices.number | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."invoices" alter column "number" drop not null;

-- step 3 | drop sequence public.invoice_numbers | hazards: DATA_LOSS
drop sequence if exists "public"."invoice_numbers";
