-- dump: sequences, including those of identity columns (owner_deptype 'i') and
-- serial-style owned ones (owner_deptype 'a'), with every option of CREATE SEQUENCE.
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
),
owner_column as (
    -- deptype 'a': OWNED BY; 'i': the sequence of an identity column (at most one each)
    select d.objid as seqoid, d.refobjid as relid, a.attname as column_name,
           quote_ident(a.attname) as qcolumn, d.deptype::text as deptype
    from pg_depend d
    join pg_attribute a on a.attrelid = d.refobjid and a.attnum = d.refobjsubid
    where d.classid = 'pg_class'::regclass and d.refclassid = 'pg_class'::regclass
      and d.refobjsubid > 0 and d.deptype in ('a', 'i')
)
select
    c.oid,
    quote_ident(ns.nspname) || '.' || quote_ident(c.relname) as qname,
    ns.nspname as schema,
    c.relname as name,
    format_type(s.seqtypid, null) as type,
    s.seqstart::text as start,
    s.seqincrement::text as increment,
    s.seqmin::text as min,
    s.seqmax::text as max,
    s.seqcache::text as cache,
    s.seqcycle as cycle,
    c.relpersistence = 'u' as unlogged,
    oc.relid as owner_relid,
    oc.column_name as owner_column,
    oc.qcolumn as owner_qcolumn,
    oc.deptype as owner_deptype
from pg_class c
join ns on ns.oid = c.relnamespace
join pg_sequence s on s.seqrelid = c.oid
left join owner_column oc on oc.seqoid = c.oid
where c.relkind = 'S'
  and not exists (
      select from pg_depend d
      where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e'
  )
order by ns.nspname, c.relname
