-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop foreign_table public.invoices | hazards: -
drop foreign table "public"."invoices";

-- step 2 | create foreign_table public.invoices | hazards: -
create foreign table "public"."invoices" (
    "id" integer,
    "amount" numeric,
    "Note's" text
) server "billing_replica" options ("table_name" 'invoices');

-- step 3 | create privilege insert ("amount") on table public.invoices to sdcase_fdw_reader | hazards: ACCESS_WIDENED
grant insert ("amount") on table public.invoices to sdcase_fdw_reader;

-- step 4 | create privilege update ("Note's") on table public.invoices to sdcase_fdw_reader | hazards: ACCESS_WIDENED
grant update ("Note's") on table public.invoices to sdcase_fdw_reader;

-- step 5 | create privilege select on table public.invoices to sdcase_fdw_reader | hazards: ACCESS_WIDENED
grant select on table public.invoices to sdcase_fdw_reader;

-- step 6 | create comment foreign table public.invoices | hazards: -
comment on foreign table public.invoices is 'invoices of the billing service';

-- step 7 | create comment column public.invoices.amount | hazards: -
comment on column public.invoices.amount is 'in euros';
