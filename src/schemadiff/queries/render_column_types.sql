-- (psycopg parameters: literal percent signs are doubled.)
-- The type of every column of a managed table, for diff/column_types.py: whether ALTER
-- COLUMN … TYPE can convert its values. As the server finds a conversion: a domain by its
-- base type, an array by its element type; the category decides whether the text
-- conversion (every type to and from the string types, pg_type.typcategory 'S') applies.
-- And how the column is declared, as the plan writes it (diff/plain_structure.py: a column added to or
-- changed on an existing table), and its position (column_order.py). An identity column: 'a'
-- (always) or 'd' (by default) and its sequence, whose name the plan gives when the server
-- would make up another. A generated column: the columns of its table its expression reads
-- (diff/generated_readers.py: a column retyped under it). Whether the column is declared by its
-- table itself (``local``; an inheritance child's column only inherited is not: diff/inherited_columns.py).
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
),
columns as (
    select ns.nspname || '.' || c.relname || '.' || a.attname as identity,
           format_type(a.atttypid, null) as type_name,
           case when t.typtype = 'd' then t.typbasetype else t.oid end as effective,
           ns.nspname as schema_name, c.relname as table_name, a.attname as column_name, a.attnum as position,
           format_type(a.atttypid, a.atttypmod) as declared_type,
           (select quote_ident(cn.nspname) || '.' || quote_ident(co.collname)
            from pg_collation co join pg_namespace cn on cn.oid = co.collnamespace
            where co.oid = a.attcollation and a.attcollation <> t.typcollation) as collation,
           a.attnotnull as not_null,
           a.attislocal as local,
           pg_get_expr(ad.adbin, ad.adrelid) as default_expression,  -- (a generated column's: its expression)
           a.attgenerated::text as generated,
           a.attidentity::text as identity_generation,
           case when a.attidentity <> '' then (
               select array[sn.nspname::text, s.relname::text]
               from pg_depend d
               join pg_class s on s.oid = d.objid
               join pg_namespace sn on sn.oid = s.relnamespace
               where d.classid = 'pg_class'::regclass and d.refclassid = 'pg_class'::regclass
                 and d.refobjid = a.attrelid and d.refobjsubid = a.attnum and d.deptype = 'i'
           ) end as identity_sequence,
           case when a.attgenerated <> '' then array(
               select r.attname::text  -- (its default's normal dependencies)
               from pg_depend d
               join pg_attribute r on r.attrelid = d.refobjid and r.attnum = d.refobjsubid
               where d.classid = 'pg_attrdef'::regclass and d.objid = ad.oid and d.deptype = 'n'
                 and d.refclassid = 'pg_class'::regclass and d.refobjid = a.attrelid and d.refobjsubid > 0
               order by r.attnum
           ) end as reads
    from pg_attribute a
    join pg_class c on c.oid = a.attrelid
    join ns on ns.oid = c.relnamespace
    join pg_type t on t.oid = a.atttypid
    left join pg_attrdef ad on ad.adrelid = a.attrelid and ad.adnum = a.attnum
    where c.relkind in ('r', 'p', 'f') and a.attnum > 0 and not a.attisdropped
)
select col.identity, col.type_name, col.schema_name, col.table_name, col.column_name, col.position,
       col.declared_type, col.collation, col.not_null, col.default_expression, col.generated,
       col.identity_generation, col.identity_sequence, col.reads, col.local,
       format_type(e.oid, null) as base, e.typcategory::text as category,
       format_type(el.oid, null) as element, el.typcategory::text as element_category
from columns col
join pg_type e on e.oid = col.effective
left join pg_type el on el.oid = (
    select case when x.typtype = 'd' then x.typbasetype else x.oid end
    from pg_type x
    where x.oid = e.typelem and e.typsubscript = 'array_subscript_handler'::regproc
)
