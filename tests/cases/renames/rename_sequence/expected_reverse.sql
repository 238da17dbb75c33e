-- step 1 | rename sequence public.invoice_numbers to invoice_seq | hazards: BACKWARD_INCOMPATIBLE
alter sequence "public"."invoice_numbers" rename to "invoice_seq";
