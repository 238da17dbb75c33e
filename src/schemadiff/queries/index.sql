-- kind: index. Every index, including those that back a primary key, unique or exclusion
-- constraint (the constraint and its index are both real objects), and the indexes of
-- materialized views. The index lives in its table's schema.
-- definition: pg_get_indexdef (the index's own name kept) [invalid] [clustered]
--             [replica identity]
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
)
select
    ns.nspname || '.' || ic.relname as identity,
    pg_get_indexdef(i.indexrelid)
    || case when i.indisvalid then '' else ' [invalid]' end
    || case when i.indisclustered then ' [clustered]' else '' end
    || case when i.indisreplident then ' [replica identity]' else '' end as definition,
    ns.nspname || '.' || c.relname as parent
from pg_index i
join pg_class ic on ic.oid = i.indexrelid
join pg_class c on c.oid = i.indrelid
join ns on ns.oid = c.relnamespace
where c.relkind in ('r', 'p', 'm', 'f')
  and not exists (  -- an extension's table, or an index the extension itself created
      select from pg_depend d
      where d.classid = 'pg_class'::regclass and d.objid in (c.oid, ic.oid) and d.deptype = 'e'
  )
