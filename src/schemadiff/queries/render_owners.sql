-- (psycopg parameters: literal percent signs are doubled.)
-- The owners the owners family renders ALTER … OWNER TO from: the objects of the `owner`
-- kind (queries/owner.sql, same identities and owners), each with the words its statement
-- needs. No rows unless owners are managed (parameter owners).
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
      and %(owners)s::boolean
),
ext as (
    select d.classid, d.objid from pg_depend d
    where d.deptype = 'e' or (d.deptype = 'i' and d.classid = 'pg_proc'::regclass)
),
owned (identity, object_type, schema_name, name, args, owner) as (
    select 'schema ' || n.nspname, 'schema', null::text, n.nspname::text, null::text, n.nspowner
    from pg_namespace n join ns on ns.oid = n.oid
    where ('pg_namespace'::regclass, n.oid) not in (select * from ext)
    union all
    select case c.relkind when 'v' then 'view' when 'm' then 'materialized_view' when 'S' then 'sequence' else 'table' end
           || ' ' || ns.nspname || '.' || c.relname,
           case c.relkind when 'v' then 'view' when 'm' then 'materialized view' when 'S' then 'sequence'
                          when 'f' then 'foreign table' else 'table' end,
           ns.nspname::text, c.relname::text, null, c.relowner
    from pg_class c join ns on ns.oid = c.relnamespace
    where c.relkind in ('r', 'p', 'f', 'v', 'm', 'S')
      and ('pg_class'::regclass, c.oid) not in (select * from ext)
      and not exists (
          select from pg_depend d
          where c.relkind = 'S' and d.classid = 'pg_class'::regclass and d.objid = c.oid
            and d.refclassid = 'pg_class'::regclass and d.deptype in ('a', 'i')
      )
    union all
    select 'type ' || ns.nspname || '.' || t.typname, case t.typtype when 'd' then 'domain' else 'type' end,
           ns.nspname::text, t.typname::text, null, t.typowner
    from pg_type t
    join ns on ns.oid = t.typnamespace
    left join pg_class rel on rel.oid = t.typrelid
    where (t.typtype in ('e', 'd', 'r') or (t.typtype = 'c' and rel.relkind = 'c'))
      and ('pg_type'::regclass, t.oid) not in (select * from ext)
    union all
    select 'function ' || ns.nspname || '.' || p.proname || '(' || oidvectortypes(p.proargtypes) || ')',
           case p.prokind when 'p' then 'procedure' when 'a' then 'aggregate' else 'function' end,
           ns.nspname::text, p.proname::text,
           case when p.prokind = 'a' and p.pronargs = 0 then '*' else pg_get_function_identity_arguments(p.oid) end,
           p.proowner
    from pg_proc p join ns on ns.oid = p.pronamespace
    where ('pg_proc'::regclass, p.oid) not in (select * from ext)
)
select o.identity, o.object_type, o.schema_name, o.name, o.args,
       case when o.owner = (select r.oid from pg_roles r where r.rolname = current_user) then 'current_user'
            else pg_get_userbyid(o.owner)::text end as owner
from owned o
order by 1
