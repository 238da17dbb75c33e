-- dump: schemas in scope, except those an extension created (the extension's own).
-- (Queries of `schemadiff dump`: psycopg parameters, so literal percent signs are doubled.)
with ns as (
    -- schemas in scope: never the system ones; then the include list (when non-empty), minus the exclude list
    select n.oid, n.nspname
    from pg_namespace n
    where n.nspname not in ('pg_catalog', 'information_schema')
      and n.nspname !~ '^pg_(toast|temp)'
      and (cardinality(%(include)s::text[]) = 0 or n.nspname = any(%(include)s::text[]))
      and n.nspname <> all(%(exclude)s::text[])
)
select ns.oid, ns.nspname as name, quote_ident(ns.nspname) as qname
from ns
where not exists (
    select from pg_depend d
    where d.classid = 'pg_namespace'::regclass and d.objid = ns.oid and d.deptype = 'e'
)
order by ns.nspname
