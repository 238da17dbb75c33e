-- The column defaults, CHECK constraints and policies that fixpoint.sql re-creates, for
-- schemadiff/fixpoint_probe.py: one row per object, (kind, key, first, second, names, types):
--   kind    'default', 'check' or 'policy'
--   key     as in fixpoint.sql: column:…, constraint:…, policy:<schema>.<table>.<name>
--   first   the expression as the server prints it (pg_get_expr): the default, the CHECK's
--           condition (pg_get_constraintdef prints the same text inside CHECK (…)), the
--           policy's USING (or null)
--   second  a default: its column's type; a policy: its WITH CHECK (or null); a check: null
--   names   the columns of its table the expression names (a check: conkey, without whole-row
--           or system columns; a policy: its pg_depend rows), in attnum order; a default: none
--   types   their types
-- A type is "<type with typmod> [collate <collation>]". An expression that names more of its
-- table than these columns (a whole row) fails to parse in its probe, which settles nothing.
-- Run with search_path = '' so that every name in the texts is qualified.
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
),
rel as (  -- relations in scope that no extension owns (as in fixpoint.sql)
    select c.oid, c.relname, c.relkind, ns.nspname
    from pg_class c
    join ns on ns.oid = c.relnamespace
    where not exists (select from pg_depend d
                      where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e')
),
declared as not materialized (  -- columns with their types (inlined: each use reads the rows it needs)
    select a.attrelid, a.attnum, a.attname::text as name, a.attgenerated,
           format_type(a.atttypid, a.atttypmod)
           || case when a.attcollation <> t.typcollation
                   then format(' collate %%I.%%I', cn.nspname, co.collname) else '' end as type
    from pg_attribute a
    join pg_type t on t.oid = a.atttypid
    left join pg_collation co on co.oid = a.attcollation
    left join pg_namespace cn on cn.oid = co.collnamespace
    where a.attnum > 0 and not a.attisdropped
)
select
    'default' as kind,
    'column:' || r.nspname || '.' || r.relname || '.' || dc.name as key,
    pg_get_expr(ad.adbin, 0) as first,  -- (a default names no column: not its table, which pg_get_expr would open)
    dc.type as second,
    '{}'::text[] as names,
    '{}'::text[] as types
from pg_attrdef ad
join declared dc on dc.attrelid = ad.adrelid and dc.attnum = ad.adnum
join rel r on r.oid = ad.adrelid
where r.relkind in ('r', 'p', 'f') and dc.attgenerated = ''
union all
select
    'check',
    'constraint:' || r.nspname || '.' || r.relname || '.' || con.conname,
    pg_get_expr(con.conbin, con.conrelid),
    null,
    coalesce(named.names, '{}'),
    coalesce(named.types, '{}')
from pg_constraint con
join rel r on r.oid = con.conrelid
left join lateral (
    select array_agg(dc.name order by dc.attnum) as names, array_agg(dc.type order by dc.attnum) as types
    from declared dc
    where dc.attrelid = con.conrelid and dc.attnum = any(con.conkey)
) named on true
where con.contype = 'c'
  and con.coninhcount = 0
  and (con.conkey is null or 0 < all(con.conkey))  -- (null: it names no column)
union all
select
    'policy',
    'policy:' || r.nspname || '.' || r.relname || '.' || pol.polname,
    pg_get_expr(pol.polqual, pol.polrelid),
    pg_get_expr(pol.polwithcheck, pol.polrelid),
    coalesce(named.names, '{}'),
    coalesce(named.types, '{}')
from pg_policy pol
join rel r on r.oid = pol.polrelid
left join lateral (
    select array_agg(dc.name order by dc.attnum) as names, array_agg(dc.type order by dc.attnum) as types
    from declared dc
    where dc.attrelid = pol.polrelid
      and dc.attnum in (select d.refobjsubid from pg_depend d
                        where d.classid = 'pg_policy'::regclass and d.objid = pol.oid
                          and d.refclassid = 'pg_class'::regclass and d.refobjid = pol.polrelid)
) named on true
where pol.polqual is not null or pol.polwithcheck is not null
