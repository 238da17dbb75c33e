-- step 1 | alter sequence public.invoice_numbers | hazards: -
alter sequence "public"."invoice_numbers" owned by none;
