-- (psycopg parameters: literal percent signs are doubled.)
-- NOT NULL constraints of table columns with their names (stored in pg_constraint from
-- PostgreSQL 18 on; none before). Used by the not-null names family: migra renders
-- NOT NULL without a name, so a named (or inherited) one would get the default name.
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
)
select ns.nspname || '.' || c.relname as identity,  -- the table's (a light plan reads some tables' rows)
       c.relname as table_name,
       format('%%I.%%I', ns.nspname, c.relname) as quoted_table,
       a.attname as column_name,
       con.conname as name
from pg_constraint con
join pg_class c on c.oid = con.conrelid
join ns on ns.oid = c.relnamespace
join pg_attribute a on a.attrelid = c.oid and a.attnum = con.conkey[1]
where con.contype = 'n' and c.relkind in ('r', 'p')
  and not exists (
      select from pg_depend d
      where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e'
  )
