-- dump: schemas in scope, except those an extension created (the extension's own).
-- (Queries of `schemadiff dump`: psycopg parameters, so literal percent signs are doubled.)
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
)
select ns.oid, ns.nspname as name, quote_ident(ns.nspname) as qname
from ns
where not exists (
    select from pg_depend d
    where d.classid = 'pg_namespace'::regclass and d.objid = ns.oid and d.deptype = 'e'
)
order by ns.nspname
