-- render: every index's definition as the plan writes it (pg_get_indexdef under the render
-- settings, as migra's inspector reads it), for diff/plain_structure.py: a plain index added to an
-- existing table; and the columns it uses. Indexes of extensions are left out (as queries/index.sql).
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
)
select
    ns.nspname || '.' || ic.relname as identity,
    ns.nspname as schema_name,
    ic.relname as index_name,
    pg_get_indexdef(i.indexrelid) as definition,
    -- the names of the table's columns it uses (keys, expressions, predicate), for
    -- diff/generated_readers.py: a column dropped takes such an index along
    array(
        select a.attname::text
        from pg_depend d
        join pg_attribute a on a.attrelid = d.refobjid and a.attnum = d.refobjsubid
        where d.classid = 'pg_class'::regclass and d.objid = i.indexrelid
          and d.refclassid = 'pg_class'::regclass and d.refobjid = i.indrelid and d.refobjsubid > 0
        order by a.attnum
    ) as columns
from pg_index i
join pg_class ic on ic.oid = i.indexrelid
join pg_class c on c.oid = i.indrelid
join ns on ns.oid = c.relnamespace
where c.relkind in ('r', 'p', 'm', 'f')
  and not exists (
      select from pg_depend d
      where d.classid = 'pg_class'::regclass and d.objid in (c.oid, ic.oid) and d.deptype = 'e'
  )
