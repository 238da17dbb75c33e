-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.refunds.refunds_invoice_fkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."refunds" drop constraint "refunds_invoice_fkey";
