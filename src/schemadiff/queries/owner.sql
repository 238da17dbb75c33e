-- kind: owner. Only when owners are managed (owners.manage in schemadiff.yaml: parameter
-- owners); otherwise no rows, so catalogs and fingerprints are those without owners.
-- One row per owned object of the managed schemas: schemas, tables (ordinary, partitioned,
-- foreign), views, materialized views, sequences (not those of an identity column or OWNED
-- BY a column: they follow their table), types and domains (as the `type` kind), functions,
-- procedures and aggregates (as the `function` kind). Extension members are left out.
-- identity: <kind> <identity of that kind>, e.g. 'table public.t', 'function public.f(integer)'.
-- definition: the owner's role name, or 'current_user' for the inspecting role (the role
--             that applies plans, or the sandbox that loaded schema/; no role can be named
--             current_user).
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
      and %(owners)s::boolean
),
ext as (
    select d.classid, d.objid from pg_depend d
    where d.deptype = 'e' or (d.deptype = 'i' and d.classid = 'pg_proc'::regclass)
),
owned (identity, owner) as (
    select 'schema ' || n.nspname, n.nspowner
    from pg_namespace n join ns on ns.oid = n.oid
    where ('pg_namespace'::regclass, n.oid) not in (select * from ext)
    union all
    select case c.relkind when 'v' then 'view' when 'm' then 'materialized_view' when 'S' then 'sequence' else 'table' end
           || ' ' || ns.nspname || '.' || c.relname,
           c.relowner
    from pg_class c join ns on ns.oid = c.relnamespace
    where c.relkind in ('r', 'p', 'f', 'v', 'm', 'S')
      and ('pg_class'::regclass, c.oid) not in (select * from ext)
      and not exists (  -- a sequence OWNED BY a column or behind an identity column follows its table
          select from pg_depend d
          where c.relkind = 'S' and d.classid = 'pg_class'::regclass and d.objid = c.oid
            and d.refclassid = 'pg_class'::regclass and d.deptype in ('a', 'i')
      )
    union all
    select 'type ' || ns.nspname || '.' || t.typname, t.typowner
    from pg_type t
    join ns on ns.oid = t.typnamespace
    left join pg_class rel on rel.oid = t.typrelid
    where (t.typtype in ('e', 'd', 'r') or (t.typtype = 'c' and rel.relkind = 'c'))
      and ('pg_type'::regclass, t.oid) not in (select * from ext)
    union all
    select 'function ' || ns.nspname || '.' || p.proname || '(' || oidvectortypes(p.proargtypes) || ')', p.proowner
    from pg_proc p join ns on ns.oid = p.pronamespace
    where ('pg_proc'::regclass, p.oid) not in (select * from ext)
)
select o.identity,
       case when o.owner = (select r.oid from pg_roles r where r.rolname = current_user) then 'current_user'
            else pg_get_userbyid(o.owner)::text end as definition,
       '' as parent
from owned o
order by 1
