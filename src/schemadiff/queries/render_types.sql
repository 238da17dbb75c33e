-- (psycopg parameters: literal percent signs are doubled.)
-- Enums, domains, range types and standalone composite types of the managed schemas, in the
-- shape the types diff family renders statements from (migra ignores domains and range types and
-- orders composite types after the tables that use them), and the enums family (and the plain
-- structure: diff/plain_types.py) enums. Extension-owned types are left out.
-- Type names are rendered with format_type and functions with regproc, both of which qualify
-- a name only when it is not visible on the session's search_path.
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
)
select
    case t.typtype when 'e' then 'enum' when 'd' then 'domain' when 'r' then 'range' else 'composite' end as kind,
    ns.nspname || '.' || t.typname as identity,
    format('%%I.%%I', ns.nspname, t.typname) as quoted_name,
    ns.nspname::text as schema_name,
    t.typname::text as type_name,
    -- enums: their labels in their order
    case when t.typtype = 'e' then coalesce((
        select array_agg(e.enumlabel::text order by e.enumsortorder)
        from pg_enum e where e.enumtypid = t.oid), '{}') end as labels,
    -- domains
    case when t.typtype = 'd' then format_type(t.typbasetype, t.typtypmod) end as base_type,
    case when t.typtype = 'd' then bn.nspname || '.' || bt.typname end as base_identity,
    case when t.typtype = 'd' and t.typcollation <> bt.typcollation
         then format('%%I.%%I', cn.nspname, co.collname) end as collation,
    pg_get_expr(t.typdefaultbin, 0) as default_expr,
    t.typnotnull as not_null,
    coalesce((
        select jsonb_agg(jsonb_build_object(
                   'name', c.conname, 'definition', pg_get_constraintdef(c.oid), 'validated', c.convalidated)
                   order by c.conname)
        from pg_constraint c
        where c.contypid = t.oid and c.contype <> 'n'), '[]'::jsonb) as constraints,
    -- range types
    case when t.typtype = 'r' then format_type(r.rngsubtype, null) end as subtype,
    case when t.typtype = 'r' and not oc.opcdefault
         then format('%%I.%%I', ocn.nspname, oc.opcname) end as subtype_opclass,
    case when t.typtype = 'r' and r.rngcollation <> 0 and r.rngcollation <> st.typcollation
         then format('%%I.%%I', rcn.nspname, rco.collname) end as range_collation,
    nullif(r.rngcanonical::oid, 0)::regproc::text as canonical,
    nullif(r.rngsubdiff::oid, 0)::regproc::text as subtype_diff,
    case when t.typtype = 'r' then format_type(r.rngmultitypid, null) end as multirange,
    -- composite types
    coalesce((
        select jsonb_agg(jsonb_build_object(
                   'name', a.attname,
                   'type', format_type(a.atttypid, a.atttypmod),
                   'collation', case when a.attcollation <> at.typcollation
                                     then format('%%I.%%I', acn.nspname, aco.collname) end)
                   order by a.attnum)
        from pg_attribute a
        join pg_type at on at.oid = a.atttypid
        left join pg_collation aco on aco.oid = a.attcollation
        left join pg_namespace acn on acn.oid = aco.collnamespace
        where t.typtype = 'c' and a.attrelid = t.typrelid and a.attnum > 0 and not a.attisdropped), '[]'::jsonb) as attributes
from pg_type t
join ns on ns.oid = t.typnamespace
left join pg_class rel on rel.oid = t.typrelid
left join pg_type bt on bt.oid = t.typbasetype
left join pg_namespace bn on bn.oid = bt.typnamespace
left join pg_collation co on co.oid = t.typcollation
left join pg_namespace cn on cn.oid = co.collnamespace
left join pg_range r on r.rngtypid = t.oid
left join pg_type st on st.oid = r.rngsubtype
left join pg_opclass oc on oc.oid = r.rngsubopc
left join pg_namespace ocn on ocn.oid = oc.opcnamespace
left join pg_collation rco on rco.oid = nullif(r.rngcollation, 0)
left join pg_namespace rcn on rcn.oid = rco.collnamespace
where (t.typtype in ('e', 'd', 'r') or (t.typtype = 'c' and rel.relkind = 'c'))
  and not exists (
      select from pg_depend d
      where d.classid = 'pg_type'::regclass and d.objid = t.oid and d.deptype = 'e'
  )
