-- Access to schema public for the API roles. anon gets nothing from the product: it
-- receives no grants on tables or functions (it keeps PostgreSQL's default usage on
-- schema public, which alone gives access to nothing).
grant usage on schema public to authenticated, service_role;
