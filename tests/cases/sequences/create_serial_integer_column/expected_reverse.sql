-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop column public.invoices.number | hazards: DATA_LOSS, ACCESS_EXCLUSIVE_LOCK
alter table "public"."invoices" drop column "number";

-- step 2 | drop sequence public.invoices_number_seq | hazards: DATA_LOSS
drop sequence if exists "public"."invoices_number_seq";
