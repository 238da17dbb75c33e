-- kind: rls. One row per ordinary or partitioned table: the row level security flags
-- (ENABLE and FORCE ROW LEVEL SECURITY), which migra does not compare.
-- identity and parent: the table. definition: enabled=<bool> forced=<bool>
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
)
select
    ns.nspname || '.' || c.relname as identity,
    'enabled=' || c.relrowsecurity::text || ' forced=' || c.relforcerowsecurity::text as definition,
    ns.nspname || '.' || c.relname as parent
from pg_class c
join ns on ns.oid = c.relnamespace
where c.relkind in ('r', 'p')
  and not exists (
      select from pg_depend d
      where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e'
  )
