-- render: every view's query as the plan writes it (pg_get_viewdef under the render settings, not
-- pretty, as migra's inspector reads it), for diff/plain_views.py: a new view. Views of
-- extensions are left out (as queries/view.sql).
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
)
select
    ns.nspname || '.' || c.relname as identity,
    pg_get_viewdef(c.oid) as definition
from pg_class c
join ns on ns.oid = c.relnamespace
where c.relkind = 'v'
  and not exists (
      select from pg_depend d
      where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e'
  )
