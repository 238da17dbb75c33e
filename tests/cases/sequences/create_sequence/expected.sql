-- step 1 | create sequence public.invoice_numbers | hazards: -
create sequence "public"."invoice_numbers";
