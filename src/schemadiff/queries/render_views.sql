-- render: every view's and materialized view's query as the plan writes it (pg_get_viewdef under the render settings, not
-- pretty, as migra's inspector reads it), and its columns as migra compares them (name and
-- regtype, in order: whether a changed view can be replaced in place), for diff/plain_views.py:
-- a new or a changed view. Views of extensions are left out (as queries/view.sql).
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
)
select
    ns.nspname || '.' || c.relname as identity,
    pg_get_viewdef(c.oid) as definition,
    array(
        select array[a.attname::text, a.atttypid::regtype::text]
        from pg_attribute a
        where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
        order by a.attnum
    ) as columns
from pg_class c
join ns on ns.oid = c.relnamespace
where c.relkind in ('v', 'm')
  and not exists (
      select from pg_depend d
      where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e'
  )
