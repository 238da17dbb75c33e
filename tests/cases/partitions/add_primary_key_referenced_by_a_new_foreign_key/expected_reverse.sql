-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.payments.payments_invoice_fkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."payments" drop constraint "payments_invoice_fkey";

-- step 2 | drop constraint public.invoices.invoices_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."invoices" drop constraint "invoices_pkey";

-- step 3 | drop index public.invoices_pkey | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."invoices_pkey";
