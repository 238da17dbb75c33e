-- kind: privilege. One row per (object, grantee): the privileges granted on tables, views,
-- materialized views, sequences, columns, functions, schemas and types.
-- identity: <object kind> <object identity> to <grantee>, e.g.
--           'table public.users to authenticated', 'function public.f(integer) to PUBLIC',
--           'column public.t.c to anon'; grantee 0 is PUBLIC.
-- definition: the privilege names, sorted, each followed by " WITH GRANT OPTION" when
--             grantable, joined with ", ". Grantors are merged (they are owners, which differ
--             between environments).
-- A NULL acl means the object's default privileges; it is expanded with acldefault() so
-- that NULL and an explicitly granted default compare equal (a function's default is
-- EXECUTE to PUBLIC, a type's USAGE to PUBLIC). The owner's own privileges are always
-- skipped: the owner differs between environments (so a relation or schema whose acl is NULL,
-- whose default grants to the owner alone, has no row and is not read further).
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
),
ext as (
    -- everything an extension owns, and the functions created implicitly with another
    -- object (range constructors), as left out of the `function` kind
    select d.classid, d.objid
    from pg_depend d
    where d.deptype = 'e' or (d.deptype = 'i' and d.classid = 'pg_proc'::regclass)
),
acls (object, owner, acl) as (
    select
        case c.relkind when 'S' then 'sequence' when 'v' then 'view'
                       when 'm' then 'materialized_view' else 'table' end
        || ' ' || ns.nspname || '.' || c.relname,
        c.relowner,
        coalesce(c.relacl, acldefault((case when c.relkind = 'S' then 's' else 'r' end)::"char", c.relowner))
    from pg_class c
    join ns on ns.oid = c.relnamespace
    where c.relkind in ('r', 'p', 'f', 'v', 'm', 'S')
      and c.relacl is not null  -- (NULL: the default, which grants to the owner alone)
      and (c.oid) not in (select objid from ext where classid = 'pg_class'::regclass)
    union all
    -- column privileges: a NULL attacl means none beyond the table's
    select 'column ' || ns.nspname || '.' || c.relname || '.' || a.attname, c.relowner, a.attacl
    from pg_attribute a
    join pg_class c on c.oid = a.attrelid
    join ns on ns.oid = c.relnamespace
    where a.attacl is not null and a.attnum > 0 and not a.attisdropped
      and c.relkind in ('r', 'p', 'f', 'v', 'm')
      and c.oid not in (select objid from ext where classid = 'pg_class'::regclass)
    union all
    select 'function ' || ns.nspname || '.' || p.proname || '(' || oidvectortypes(p.proargtypes) || ')',
           p.proowner,
           coalesce(p.proacl, acldefault('f', p.proowner))
    from pg_proc p
    join ns on ns.oid = p.pronamespace
    where p.oid not in (select objid from ext where classid = 'pg_proc'::regclass)
    union all
    select 'schema ' || n.nspname, n.nspowner, coalesce(n.nspacl, acldefault('n', n.nspowner))
    from pg_namespace n
    join ns on ns.oid = n.oid
    where n.nspacl is not null  -- (NULL: the default, which grants to the owner alone)
      and n.oid not in (select objid from ext where classid = 'pg_namespace'::regclass)
    union all
    -- the same types as the `type` kind
    select 'type ' || ns.nspname || '.' || t.typname, t.typowner, coalesce(t.typacl, acldefault('T', t.typowner))
    from pg_type t
    join ns on ns.oid = t.typnamespace
    where (t.typtype in ('e', 'd', 'r')
           or (t.typtype = 'c' and t.typrelid in (select rel.oid from pg_class rel where rel.relkind = 'c')))
      and t.oid not in (select objid from ext where classid = 'pg_type'::regclass)
),
granted as (
    select a.object, x.grantee, x.privilege_type, bool_or(x.is_grantable) as grantable
    from acls a
    cross join lateral aclexplode(a.acl) x
    where x.grantee <> a.owner
    group by a.object, x.grantee, x.privilege_type
)
select
    g.object || ' to ' || case when g.grantee = 0 then 'PUBLIC' else r.rolname end as identity,
    string_agg(g.privilege_type || case when g.grantable then ' WITH GRANT OPTION' else '' end,
               ', ' order by g.privilege_type) as definition,
    '' as parent
from granted g
left join pg_roles r on r.oid = g.grantee
group by g.object, g.grantee, r.rolname
