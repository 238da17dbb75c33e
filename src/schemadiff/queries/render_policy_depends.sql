-- (psycopg parameters: literal percent signs are doubled.)
-- What each policy's expressions (USING, WITH CHECK) refer to, from pg_depend: columns
-- (ref_column set), other relations, functions and types, by raw schema and name. Used by
-- the policies family: a policy is altered in place only when nothing it refers to is
-- dropped or retyped by the plan (the old expressions must stay valid until the ALTER).
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
)
select n.nspname as schema, c.relname as table_name, pol.polname as name,
       case d.refclassid
           when 'pg_class'::regclass then case when d.refobjsubid > 0 then 'column' else 'relation' end
           when 'pg_proc'::regclass then 'function'
           when 'pg_type'::regclass then 'type'
           else 'other' end as ref_kind,
       coalesce(rn.nspname, pn.nspname, tn.nspname) as ref_schema,
       coalesce(rc.relname, p.proname, t.typname) as ref_name,
       a.attname as ref_column
from pg_policy pol
join pg_class c on c.oid = pol.polrelid
join pg_namespace n on n.oid = c.relnamespace
join pg_depend d on d.classid = 'pg_policy'::regclass and d.objid = pol.oid and d.deptype = 'n'
left join pg_class rc on d.refclassid = 'pg_class'::regclass and rc.oid = d.refobjid
left join pg_namespace rn on rn.oid = rc.relnamespace
left join pg_attribute a on d.refclassid = 'pg_class'::regclass and a.attrelid = d.refobjid and a.attnum = d.refobjsubid and d.refobjsubid > 0
left join pg_proc p on d.refclassid = 'pg_proc'::regclass and p.oid = d.refobjid
left join pg_namespace pn on pn.oid = p.pronamespace
left join pg_type t on d.refclassid = 'pg_type'::regclass and t.oid = d.refobjid
left join pg_namespace tn on tn.oid = t.typnamespace
where n.nspname in (select ns.nspname from ns)
