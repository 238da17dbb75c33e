-- step 1 | drop sequence public.invoice_numbers | hazards: DATA_LOSS
drop sequence if exists "public"."invoice_numbers";
