-- render: which object needs which other object, from pg_depend (normal dependencies), both
-- named the way the diff's changes name objects: relations, types and functions
-- '<schema>.<name>' (a function without its arguments; a table's row type, and an array of
-- it, as the table; a view's rewrite rule as the view), constraints, triggers, policies and
-- rules (CREATE RULE) '<schema>.<table>.<name>', a column default as its column '<schema>.<table>.<column>'.
-- Only objects of the managed schemas; the dependency order of plans (schemadiff/ordering.py).
with ns as (
    select n.oid, n.nspname
    from pg_namespace n
    where n.nspname not in ('pg_catalog', 'information_schema')
      and n.nspname !~ '^pg_(toast|temp)'
      and (cardinality(%(include)s::text[]) = 0 or n.nspname = any(%(include)s::text[]))
      and n.nspname <> all(%(exclude)s::text[])
),
dep as (
    select d.classid, d.objid, d.objsubid, d.refclassid, d.refobjid, d.refobjsubid
    from pg_depend d
    where d.deptype = 'n'
       or (d.deptype = 'a' and d.classid = 'pg_rewrite'::regclass)  -- a rule (CREATE RULE) needs its relation
),
rel_name as (
    select c.oid, ns.nspname || '.' || c.relname as name
    from pg_class c join ns on ns.oid = c.relnamespace
),
type_name as (
    -- a reference to a type: a table's row type (or an array of it) is the table, an array its element
    select t.oid, coalesce(rn.name, ern.name, ns.nspname || '.' || coalesce(et.typname, t.typname)) as name
    from pg_type t
    join ns on ns.oid = t.typnamespace
    left join rel_name rn on rn.oid = t.typrelid
    left join pg_type et on et.oid = t.typelem and t.typsubscript = 'array_subscript_handler'::regproc
    left join rel_name ern on ern.oid = et.typrelid
),
object_name as (
    -- every object that may be on either end, by (catalog, oid): its name, and for a column
    -- default also its table (a table needs what its columns' defaults need)
    select 'pg_class'::regclass as classid, oid as objid, name, null::text as table_name from rel_name
    union all
    select 'pg_proc'::regclass, p.oid, ns.nspname || '.' || p.proname, null from pg_proc p join ns on ns.oid = p.pronamespace
    union all
    select 'pg_type'::regclass, oid, name, null from type_name
    union all
    select 'pg_rewrite'::regclass, rw.oid, case when rw.rulename = '_RETURN' then rn.name else rn.name || '.' || rw.rulename end,
           null
    from pg_rewrite rw join rel_name rn on rn.oid = rw.ev_class
    union all
    select 'pg_attrdef'::regclass, ad.oid, rn.name || '.' || a.attname, rn.name
    from pg_attrdef ad join rel_name rn on rn.oid = ad.adrelid
    join pg_attribute a on a.attrelid = ad.adrelid and a.attnum = ad.adnum
    union all
    select 'pg_constraint'::regclass, con.oid, coalesce(rn.name || '.' || con.conname, tn.name), null
    from pg_constraint con left join rel_name rn on rn.oid = con.conrelid left join type_name tn on tn.oid = con.contypid
    where rn.name is not null or tn.name is not null
    union all
    select 'pg_trigger'::regclass, tg.oid, rn.name || '.' || tg.tgname, null from pg_trigger tg join rel_name rn on rn.oid = tg.tgrelid
    union all
    select 'pg_policy'::regclass, po.oid, rn.name || '.' || po.polname, null from pg_policy po join rel_name rn on rn.oid = po.polrelid
),
named as (
    select o.name, o.table_name, r.name as ref
    from dep d
    join object_name o on o.classid = d.classid and o.objid = d.objid
    join object_name r on r.classid = d.refclassid and r.objid = d.refobjid
    where d.refclassid in ('pg_class'::regclass, 'pg_proc'::regclass, 'pg_type'::regclass, 'pg_constraint'::regclass)
)
select distinct name as node, ref from named where name <> ref
union
select distinct table_name, ref from named where table_name is not null and table_name <> ref
order by 1, 2
