-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create sequence public.invoice_numbers | hazards: -
create sequence "public"."invoice_numbers";

-- step 2 | alter column public.invoices.number | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."invoices" alter column "number" set default nextval('invoice_numbers'::regclass);

-- step 3 | create constraint public.invoices.invoices_number_not_null_b300a9 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."invoices" add constraint "invoices_number_not_null_b300a9" check ("number" is not null) not valid;

-- segment 2 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 4 | alter constraint public.invoices.invoices_number_not_null_b300a9 | hazards: LONG_VALIDATION
alter table "public"."invoices" validate constraint "invoices_number_not_null_b300a9";

-- segment 3 | transaction | set not null | lock_timeout 5s, statement_timeout 15min
-- step 5 | alter column public.invoices.number | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."invoices" alter column "number" set not null;

-- step 6 | drop constraint public.invoices.invoices_number_not_null_b300a9 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."invoices" drop constraint "invoices_number_not_null_b300a9";
