-- kind: extension. In scope when the schema holding its objects is.
-- definition: that schema and the installed version.
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
)
select
    e.extname as identity,
    'schema ' || quote_ident(ns.nspname) || ' version ' || e.extversion as definition,
    '' as parent
from pg_extension e
join ns on ns.oid = e.extnamespace
