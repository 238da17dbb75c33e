-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create default_privilege for current_user in schema app on tables to sdcase_reader | hazards: ACCESS_WIDENED
alter default privileges in schema app grant select on tables to sdcase_reader;

-- step 2 | create table app.invoices | hazards: -
create table "app"."invoices" (
    "id" integer not null
);

-- step 3 | create index app.invoices_pkey | hazards: -
CREATE UNIQUE INDEX invoices_pkey ON app.invoices USING btree (id);

-- step 4 | create constraint app.invoices.invoices_pkey | hazards: -
alter table "app"."invoices" add constraint "invoices_pkey" PRIMARY KEY using index "invoices_pkey";
