-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create table public.invoices | hazards: -
create table "public"."invoices" (
    "id" integer not null,
    "plan_code" text not null
);

-- step 2 | create index public.invoices_pkey | hazards: -
CREATE UNIQUE INDEX invoices_pkey ON public.invoices USING btree (id);

-- step 3 | create constraint public.invoices.invoices_pkey | hazards: -
alter table "public"."invoices" add constraint "invoices_pkey" PRIMARY KEY using index "invoices_pkey";

-- segment 2 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 4 | create index public.plans_code_key | hazards: -
CREATE UNIQUE INDEX CONCURRENTLY plans_code_key ON public.plans USING btree (code);

-- segment 3 | transaction | add constraint | lock_timeout 5s, statement_timeout 15min
-- step 5 | create constraint public.plans.plans_code_key | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."plans" add constraint "plans_code_key" UNIQUE using index "plans_code_key";

-- segment 4 | transaction | foreign key | lock_timeout 5s, statement_timeout 15min
-- step 6 | create constraint public.accounts.accounts_plan_code_fkey | hazards: SHARE_ROW_EXCLUSIVE_LOCK
alter table "public"."accounts" add constraint "accounts_plan_code_fkey" FOREIGN KEY (plan_code) REFERENCES plans(code) not valid;

-- step 7 | create constraint public.invoices.invoices_plan_code_fkey | hazards: -
alter table "public"."invoices" add constraint "invoices_plan_code_fkey" FOREIGN KEY (plan_code) REFERENCES plans(code) not valid;

-- segment 5 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 8 | alter constraint public.accounts.accounts_plan_code_fkey | hazards: LONG_VALIDATION
alter table "public"."accounts" validate constraint "accounts_plan_code_fkey";

-- segment 6 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 9 | alter constraint public.invoices.invoices_plan_code_fkey | hazards: -
alter table "public"."invoices" validate constraint "invoices_plan_code_fkey";
