-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter sequence public.invoice_numbers | hazards: -
alter sequence "public"."invoice_numbers" as bigint minvalue 1 maxvalue 9223372036854775807;
