-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter foreign_table public.invoices | hazards: -
alter foreign table "public"."invoices" drop column "issued_on";

-- step 2 | alter foreign_table public.invoices | hazards: -
alter foreign table "public"."invoices" alter column "id" type integer;

-- step 3 | alter foreign_table public.invoices | hazards: -
alter foreign table "public"."invoices" alter column "customer" drop not null;

-- step 4 | alter foreign_table public.invoices | hazards: -
alter foreign table "public"."invoices" alter column "amount" type numeric(10,2);

-- step 5 | alter foreign_table public.invoices | hazards: -
alter foreign table "public"."invoices" alter column "amount" set default 0;

-- step 6 | alter foreign_table public.invoices | hazards: -
alter foreign table "public"."invoices" alter column "status" options (set "column_name" 'state');

-- step 7 | alter foreign_table public.invoices | hazards: -
alter foreign table "public"."invoices" add column "legacy_code" text;
