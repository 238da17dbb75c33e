-- kind: materialized_view.
-- definition: pg_get_viewdef(oid, true) (column names and check option included), then
--             "with (<reloptions, sorted>)" on a line of its own when there are any
--             (security_barrier, security_invoker, check_option, storage parameters).
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
)
select
    ns.nspname || '.' || c.relname as identity,
    pg_get_viewdef(c.oid, true)
    || case when c.reloptions is not null then
           E'\nwith (' || array_to_string(array(select o from unnest(c.reloptions) o order by o), ', ') || ')'
       else '' end as definition,
    '' as parent
from pg_class c
join ns on ns.oid = c.relnamespace
where c.relkind = 'm'
  and not exists (
      select from pg_depend d
      where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e'
  )
