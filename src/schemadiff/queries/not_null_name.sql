-- kind: not_null_name. The name of a table column's NOT NULL constraint (stored in pg_constraint
-- from PostgreSQL 18 on; none before), where it is not the name PostgreSQL makes up for it:
-- a NOT NULL declared with `constraint <name>`, or a partition's or child's that carries its
-- parent's name. The made-up names (<table>_<column>_not_null) are left out by catalog.py, which
-- computes them (catalog.made_up_name): a column declared NOT NULL and one altered to NOT NULL
-- later get the same one, and a catalog without named constraints is the same as before.
-- identity: <schema>.<table>.<column>; definition: the constraint's name.
-- Extra columns (dropped by catalog.py): the table's and the column's names.
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
)
select
    ns.nspname || '.' || c.relname || '.' || a.attname as identity,
    con.conname::text as definition,
    ns.nspname || '.' || c.relname as parent,
    c.relname::text as table_name,
    a.attname::text as column_name
from pg_constraint con
join pg_class c on c.oid = con.conrelid
join ns on ns.oid = c.relnamespace
join pg_attribute a on a.attrelid = c.oid and a.attnum = con.conkey[1]
where con.contype = 'n' and c.relkind in ('r', 'p')
  -- the made-up name when it needs no shortening (the others are left out by catalog.py)
  and con.conname::text <> c.relname || '_' || a.attname || '_not_null'
  and not exists (
      select from pg_depend d
      where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e'
  )
