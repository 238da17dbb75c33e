-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter foreign_table public.invoices | hazards: -
alter foreign table "public"."invoices" options (drop "table_name", drop "schema_name", drop "updatable", add "schema_name" 'public', add "table_name" 'invoices');
