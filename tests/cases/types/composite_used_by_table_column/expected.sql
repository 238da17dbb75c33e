-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create type public.money_amount | hazards: -
create type public.money_amount as ("currency" character(3), "amount" numeric(12,2));

-- step 2 | create table public.invoices | hazards: -
create table "public"."invoices" (
    "id" integer not null,
    "total" money_amount
);

-- step 3 | create index public.invoices_pkey | hazards: -
CREATE UNIQUE INDEX invoices_pkey ON public.invoices USING btree (id);

-- step 4 | create constraint public.invoices.invoices_pkey | hazards: -
alter table "public"."invoices" add constraint "invoices_pkey" PRIMARY KEY using index "invoices_pkey";
