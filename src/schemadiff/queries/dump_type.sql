-- dump: user-defined enums, domains, standalone composite types and range types (the
-- types of the catalog's `type` kind), with what CREATE TYPE / CREATE DOMAIN needs.
-- Array types, multiranges and row types of tables are created implicitly.
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
)
select
    t.oid,
    t.typtype::text as typtype,
    quote_ident(ns.nspname) || '.' || quote_ident(t.typname) as qname,
    t.typname as name,
    -- enum: labels in sort order, as literals
    array(select quote_literal(e.enumlabel) from pg_enum e
          where e.enumtypid = t.oid order by e.enumsortorder) as labels,
    -- domain
    case when t.typtype = 'd' then format_type(t.typbasetype, t.typtypmod) end as base,
    case when t.typtype = 'd' and t.typcollation <> bt.typcollation then
        quote_ident(cn.nspname) || '.' || quote_ident(co.collname) end as collation,
    pg_get_expr(t.typdefaultbin, 0) as default_expr,
    t.typnotnull as notnull,
    coalesce((
        select jsonb_agg(jsonb_build_object(
                   'oid', c.oid, 'name', quote_ident(c.conname),
                   'def', pg_get_constraintdef(c.oid), 'validated', c.convalidated)
               order by c.conname)
        from pg_constraint c
        where c.contypid = t.oid and c.contype <> 'n'), '[]'::jsonb) as constraints,
    -- composite: attributes in order
    coalesce((
        select jsonb_agg(jsonb_build_object(
                   'name', quote_ident(a.attname),
                   'type', format_type(a.atttypid, a.atttypmod),
                   'collation', case when a.attcollation <> at.typcollation then
                       quote_ident(acn.nspname) || '.' || quote_ident(aco.collname) end)
               order by a.attnum)
        from pg_attribute a
        join pg_type at on at.oid = a.atttypid
        left join pg_collation aco on aco.oid = a.attcollation
        left join pg_namespace acn on acn.oid = aco.collnamespace
        where a.attrelid = t.typrelid and a.attnum > 0 and not a.attisdropped), '[]'::jsonb) as attributes,
    -- range
    format_type(r.rngsubtype, null) as subtype,
    case when not oc.opcdefault then quote_ident(ocn.nspname) || '.' || quote_ident(oc.opcname) end as opclass,
    case when r.rngcollation <> 0 and r.rngcollation <> st.typcollation then
        quote_ident(rcn.nspname) || '.' || quote_ident(rco.collname) end as range_collation,
    nullif(r.rngcanonical::oid, 0)::regproc::text as canonical,
    nullif(r.rngsubdiff::oid, 0)::regproc::text as subdiff,
    format_type(nullif(r.rngmultitypid, 0), null) as multirange
from pg_type t
join ns on ns.oid = t.typnamespace
left join pg_class rel on rel.oid = t.typrelid
left join pg_type bt on bt.oid = t.typbasetype
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
order by ns.nspname, t.typname
