-- dump: user triggers (internal ones implement foreign keys) on tables and views, as
-- pg_get_triggerdef renders them, with their enabled state (O = the default).
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
)
select
    t.oid,
    t.tgrelid as relid,
    quote_ident(t.tgname) as qname,
    pg_get_triggerdef(t.oid, false) as def,
    t.tgenabled::text as enabled,
    t.tgparentid as parent,
    c.relkind::text as relkind
from pg_trigger t
join pg_class c on c.oid = t.tgrelid
join ns on ns.oid = c.relnamespace
where not t.tgisinternal
  and not exists (
      select from pg_depend d
      where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e'
  )
order by ns.nspname, c.relname, t.tgname
