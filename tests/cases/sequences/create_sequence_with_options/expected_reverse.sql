-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop sequence public.invoice_numbers | hazards: DATA_LOSS
drop sequence if exists "public"."invoice_numbers";
