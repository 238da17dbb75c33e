-- kind: trigger. User triggers on tables, views and foreign tables; internal triggers
-- (those implementing foreign keys, tgisinternal) are left out: the constraint is the object.
-- definition: pg_get_triggerdef(oid, true) [enabled=<D|R|A>] when not the default 'O'
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
)
select
    ns.nspname || '.' || c.relname || '.' || t.tgname as identity,
    pg_get_triggerdef(t.oid, true)
    || case when t.tgenabled <> 'O' then ' [enabled=' || t.tgenabled::text || ']' else '' end as definition,
    ns.nspname || '.' || c.relname as parent
from pg_trigger t
join pg_class c on c.oid = t.tgrelid
join ns on ns.oid = c.relnamespace
where not t.tgisinternal
  and not exists (
      select from pg_depend d
      where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e'
  )
