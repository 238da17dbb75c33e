-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter foreign_table public.invoices | hazards: -
alter foreign table "public"."invoices" options (drop "schema_name", drop "table_name", add "table_name" 'invoices_2024', add "schema_name" 'archive', add "updatable" 'false');
