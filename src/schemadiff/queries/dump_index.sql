-- dump: indexes of tables and materialized views, including those that back a
-- constraint (constraint_oid set: the constraint creates them) and those attached to an
-- index of a partitioned parent (parent set).
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
)
select
    i.indexrelid as oid,
    i.indrelid as relid,
    quote_ident(ns.nspname) || '.' || quote_ident(ic.relname) as qname,
    quote_ident(ic.relname) as name,
    pg_get_indexdef(i.indexrelid) as def,
    i.indisclustered as clustered,
    i.indisreplident as replident,
    i.indisvalid as valid,
    (select con.oid from pg_constraint con
     where con.conindid = i.indexrelid and con.conrelid = i.indrelid
       and con.contype in ('p', 'u', 'x')) as constraint_oid,
    (select inh.inhparent from pg_inherits inh where inh.inhrelid = i.indexrelid) as parent
from pg_index i
join pg_class ic on ic.oid = i.indexrelid
join pg_class c on c.oid = i.indrelid
join ns on ns.oid = c.relnamespace
where c.relkind in ('r', 'p', 'm')
  and not exists (
      select from pg_depend d
      where d.classid = 'pg_class'::regclass and d.objid in (c.oid, ic.oid) and d.deptype = 'e'
  )
order by ns.nspname, ic.relname
