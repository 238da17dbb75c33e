-- step 1 | create sequence public.invoice_numbers | hazards: -
create sequence "public"."invoice_numbers";

-- step 2 | alter column public.invoices.number | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."invoices" alter column "number" set default nextval('invoice_numbers'::regclass);

-- step 3 | alter column public.invoices.number | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."invoices" alter column "number" set not null;
