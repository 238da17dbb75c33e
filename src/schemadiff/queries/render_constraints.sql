-- render: every table constraint's definition as the plan writes it (pg_get_constraintdef under
-- the render settings, as migra's inspector reads it), for diff/plain_structure.py: a plain
-- constraint added to an existing table; and the columns it is on. NOT NULL constraints and those of extensions' tables
-- are left out (as queries/constraint.sql).
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
)
select
    ns.nspname || '.' || c.relname || '.' || con.conname as identity,
    con.contype::text as contype,
    pg_get_constraintdef(con.oid) as definition,
    -- the names of the table's columns it is on (conkey: a key's, a check's, a foreign key's own),
    -- for diff/generated_readers.py: a column dropped takes such a constraint along
    array(
        select a.attname::text
        from pg_attribute a
        where a.attrelid = con.conrelid and a.attnum = any(con.conkey)
        order by a.attnum
    ) as columns
from pg_constraint con
join pg_class c on c.oid = con.conrelid
join ns on ns.oid = c.relnamespace
where con.conrelid <> 0
  and con.contype <> 'n'
  and not exists (
      select from pg_depend d
      where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e'
  )
