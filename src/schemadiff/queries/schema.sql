-- kind: schema. One row per schema in scope.
-- definition: a constant. The owner is deliberately left out (owners differ between
-- environments); the schema's comment and privileges are kinds of their own.
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
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
