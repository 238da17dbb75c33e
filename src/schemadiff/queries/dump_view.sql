-- dump: views and materialized views: pg_get_viewdef (pretty), options, access method
-- and whether a materialized view holds data.
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
)
select
    c.oid,
    quote_ident(ns.nspname) || '.' || quote_ident(c.relname) as qname,
    c.relkind::text as relkind,
    pg_get_viewdef(c.oid, true) as def,
    array(select o from unnest(c.reloptions) o order by o) as reloptions,
    am.amname as am,
    c.relispopulated as populated
from pg_class c
join ns on ns.oid = c.relnamespace
left join pg_am am on am.oid = c.relam
where c.relkind in ('v', 'm')
  and not exists (
      select from pg_depend d
      where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e'
  )
order by ns.nspname, c.relname
