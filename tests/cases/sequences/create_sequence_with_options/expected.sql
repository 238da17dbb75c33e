-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create sequence public.invoice_numbers | hazards: -
create sequence "public"."invoice_numbers" as integer increment by 5 minvalue 100 maxvalue 999999 start with 100 cache 10 cycle;
