-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create schema remote | hazards: -
create schema if not exists "remote";

-- step 2 | create foreign_table remote.invoices | hazards: -
create foreign table "remote"."invoices" (
    "id" bigint options ("column_name" 'invoice_id') not null,
    "customer" text collate "pg_catalog"."C",
    "amount" numeric(12,2) not null default 0,
    "Note's" text
) server "billing" options ("schema_name" 'public', "table_name" 'invoices', "fetch_size" '500');
