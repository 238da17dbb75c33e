-- kind: type. User-defined enums, domains, standalone composite types and range types.
-- Not listed: array types and multiranges (created implicitly with their element/range
-- type), row types of tables (the table is the object), extension-owned types.
-- definition, by type kind:
--   enum       enum ('label', ...) in sort order
--   domain     domain <base> [collate] [default] [not null] [constraint <name> <def> ...]
--   composite  composite (<attribute> <type> [collate], ...) in attribute order
--   range      range subtype <type> [opclass] [collation] [canonical] [subdiff] multirange <name>
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
)
select
    ns.nspname || '.' || t.typname as identity,
    case t.typtype
    when 'e' then
        'enum (' || coalesce((
            select string_agg(quote_literal(e.enumlabel), ', ' order by e.enumsortorder)
            from pg_enum e where e.enumtypid = t.oid), '') || ')'
    when 'd' then
        'domain ' || format_type(t.typbasetype, t.typtypmod)
        || case when t.typcollation <> bt.typcollation then
               ' collate ' || quote_ident(cn.nspname) || '.' || quote_ident(co.collname)
           else '' end
        || coalesce(' default ' || pg_get_expr(t.typdefaultbin, 0), '')
        || case when t.typnotnull then ' not null' else '' end
        -- NOT NULL also appears as a contype 'n' row from PG 17 on; typnotnull covers it,
        -- and its generated name is not stable, so those rows are skipped
        || coalesce((
            select string_agg(
                ' constraint ' || quote_ident(c.conname) || ' ' || pg_get_constraintdef(c.oid)
                || ' validated=' || c.convalidated::text,
                '' order by c.conname)
            from pg_constraint c
            where c.contypid = t.oid and c.contype <> 'n'), '')
    when 'c' then
        'composite (' || coalesce((
            select string_agg(
                quote_ident(a.attname) || ' ' || format_type(a.atttypid, a.atttypmod)
                || case when a.attcollation <> at.typcollation then
                       ' collate ' || quote_ident(acn.nspname) || '.' || quote_ident(aco.collname)
                   else '' end,
                ', ' order by a.attnum)
            from pg_attribute a
            join pg_type at on at.oid = a.atttypid
            left join pg_collation aco on aco.oid = a.attcollation
            left join pg_namespace acn on acn.oid = aco.collnamespace
            where a.attrelid = t.typrelid and a.attnum > 0 and not a.attisdropped), '') || ')'
    when 'r' then
        'range subtype ' || format_type(r.rngsubtype, null)
        || ' subtype_opclass ' || quote_ident(ocn.nspname) || '.' || quote_ident(oc.opcname)
        || coalesce(' collation ' || quote_ident(rcn.nspname) || '.' || quote_ident(rco.collname), '')
        || coalesce(' canonical ' || nullif(r.rngcanonical::oid, 0)::regprocedure::text, '')
        || coalesce(' subtype_diff ' || nullif(r.rngsubdiff::oid, 0)::regprocedure::text, '')
        || ' multirange ' || format_type(r.rngmultitypid, null)
    end as definition,
    '' as parent
from pg_type t
join ns on ns.oid = t.typnamespace
left join pg_class rel on rel.oid = t.typrelid
left join pg_type bt on bt.oid = t.typbasetype
left join pg_collation co on co.oid = t.typcollation
left join pg_namespace cn on cn.oid = co.collnamespace
left join pg_range r on r.rngtypid = t.oid
left join pg_opclass oc on oc.oid = r.rngsubopc
left join pg_namespace ocn on ocn.oid = oc.opcnamespace
left join pg_collation rco on rco.oid = nullif(r.rngcollation, 0)
left join pg_namespace rcn on rcn.oid = rco.collnamespace
where (t.typtype in ('e', 'd', 'r') or (t.typtype = 'c' and rel.relkind = 'c'))
  and not exists (
      select from pg_depend d
      where d.classid = 'pg_type'::regclass and d.objid = t.oid and d.deptype = 'e'
  )
