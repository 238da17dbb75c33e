-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | rename sequence public.invoice_seq to invoice_numbers | hazards: BACKWARD_INCOMPATIBLE
alter sequence "public"."invoice_seq" rename to "invoice_numbers";
