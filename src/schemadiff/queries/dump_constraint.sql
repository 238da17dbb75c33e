-- dump: table constraints (check, foreign key, primary key, unique, exclusion) as
-- pg_get_constraintdef renders them ("NOT VALID" included). NOT NULL constraints are part
-- of the columns; constraint triggers (contype 't') are created by their trigger.
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
)
select
    con.oid,
    con.conrelid as relid,
    quote_ident(con.conname) as qname,
    con.contype::text as contype,
    pg_get_constraintdef(con.oid) as def,
    con.convalidated as validated,
    con.conparentid as parent,
    con.conislocal as islocal,
    con.conindid as indexid,
    con.confrelid as frelid
from pg_constraint con
join pg_class c on c.oid = con.conrelid
join ns on ns.oid = c.relnamespace
where con.contype in ('c', 'f', 'p', 'u', 'x')
  and c.relkind in ('r', 'p')
  and not exists (
      select from pg_depend d
      where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e'
  )
order by ns.nspname, c.relname, con.conname
