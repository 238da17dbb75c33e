-- kind: schema. One row per schema in scope.
-- definition: a constant. The owner is deliberately left out (owners differ between
-- environments); the schema's comment and privileges are kinds of their own.
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
    ns.nspname as identity,
    'schema' as definition,
    '' as parent
from ns
where not exists (  -- a schema created by an extension script belongs to the extension
    select from pg_depend d
    where d.classid = 'pg_namespace'::regclass and d.objid = ns.oid and d.deptype = 'e'
)
