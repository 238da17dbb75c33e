-- kind: extension. In scope when the schema holding its objects is.
-- definition: that schema and the installed version.
with ns as (
    -- schemas in scope: never the system ones; then the include list (when non-empty), minus the exclude list
    select n.oid, n.nspname
    from pg_namespace n
    where n.nspname not in ('pg_catalog', 'information_schema')
      and n.nspname !~ '^pg_(toast|temp)'
      and (cardinality(%(include)s::text[]) = 0 or n.nspname = any(%(include)s::text[]))
      and n.nspname <> all(%(exclude)s::text[])
)
select
    e.extname as identity,
    'schema ' || quote_ident(ns.nspname) || ' version ' || e.extversion as definition,
    '' as parent
from pg_extension e
join ns on ns.oid = e.extnamespace
