-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | rename sequence public.invoice_numbers to invoice_seq | hazards: BACKWARD_INCOMPATIBLE
alter sequence "public"."invoice_numbers" rename to "invoice_seq";
