-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create sequence public.invoice_numbers | hazards: -
create sequence "public"."invoice_numbers";
