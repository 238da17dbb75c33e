-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter foreign_table public.invoices | hazards: -
alter foreign table "public"."invoices" drop column "legacy_code";

-- step 2 | alter foreign_table public.invoices | hazards: -
alter foreign table "public"."invoices" alter column "id" type bigint;

-- step 3 | alter foreign_table public.invoices | hazards: -
alter foreign table "public"."invoices" alter column "customer" set not null;

-- step 4 | alter foreign_table public.invoices | hazards: -
alter foreign table "public"."invoices" alter column "amount" type numeric(12,2);

-- step 5 | alter foreign_table public.invoices | hazards: -
alter foreign table "public"."invoices" alter column "amount" drop default;

-- step 6 | alter foreign_table public.invoices | hazards: -
alter foreign table "public"."invoices" alter column "status" options (set "column_name" 'status_code');

-- step 7 | alter foreign_table public.invoices | hazards: -
alter foreign table "public"."invoices" add column "issued_on" date default CURRENT_DATE;
