-- render: every trigger's definition as the plan writes it (pg_get_triggerdef under the render
-- settings, not pretty, as migra's inspector reads it: its table schema-qualified), for
-- diff/plain_triggers.py: a plain trigger added to or changed on a table. Internal triggers
-- and those of extensions' tables are left out (as queries/trigger.sql).
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
)
select
    ns.nspname || '.' || c.relname || '.' || t.tgname as identity,
    pg_get_triggerdef(t.oid) as definition
from pg_trigger t
join pg_class c on c.oid = t.tgrelid
join ns on ns.oid = c.relnamespace
where not t.tgisinternal
  and not exists (
      select from pg_depend d
      where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e'
  )
