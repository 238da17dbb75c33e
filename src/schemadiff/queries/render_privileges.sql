-- Privileges on tables, views, materialized views, sequences, functions/procedures,
-- schemas, columns and types. (migra reads information_schema.role_table_grants, which covers
-- ordinary tables only and does not show MAINTAIN, PostgreSQL 17+.) A NULL ACL means the kind's default ACL, expanded with
-- acldefault() so that "never granted" and "explicitly the default" compare equal. The
-- owner's own privileges are left out: owners differ between environments. Every object
-- also yields one row with privilege '' so that objects without grants are known to exist.
-- (psycopg parameters: literal percent signs are doubled.)
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
),
objects as (
    select 'function' as kind,
           -- an aggregate by its argument types (GRANT takes no ORDER BY of an ordered-set one)
           format('%%s %%I.%%I(%%s)', case p.prokind when 'p' then 'procedure' else 'function' end,
                  n.nspname, p.proname,
                  case when p.prokind = 'a' then oidvectortypes(p.proargtypes)
                       else pg_get_function_identity_arguments(p.oid) end) as target,
           n.nspname, p.proowner as owner,
           coalesce(p.proacl, acldefault('f', p.proowner)) as acl,
           null::text as column_name,
           'pg_proc'::regclass as classid, p.oid as objid
    from pg_proc p join ns n on n.oid = p.pronamespace
    where p.prokind in ('f', 'p', 'a')
    union all
    select 'schema', format('schema %%I', n.nspname), n.nspname, n.nspowner,
           coalesce(n.nspacl, acldefault('n', n.nspowner)), null, 'pg_namespace'::regclass, n.oid
    from pg_namespace n
    where n.oid in (select ns.oid from ns)
    union all
    select case c.relkind when 'S' then 'sequence' when 'v' then 'view' when 'm' then 'view' else 'table' end,
           format('%%s %%I.%%I', case c.relkind when 'S' then 'sequence' else 'table' end, n.nspname, c.relname),
           n.nspname, c.relowner,
           coalesce(c.relacl, acldefault((case c.relkind when 'S' then 's' else 'r' end)::"char", c.relowner)), null,
           'pg_class'::regclass, c.oid
    from pg_class c join ns n on n.oid = c.relnamespace
    where c.relkind in ('S', 'v', 'm', 'r', 'p', 'f')
    union all
    select 'column', format('table %%I.%%I', n.nspname, c.relname), n.nspname, c.relowner,
           coalesce(a.attacl, '{}'::aclitem[]), a.attname, 'pg_class'::regclass, c.oid
    from pg_attribute a
    join pg_class c on c.oid = a.attrelid
    join ns n on n.oid = c.relnamespace
    where c.relkind in ('r', 'p', 'f', 'v', 'm') and a.attnum > 0 and not a.attisdropped and a.attacl is not null
    union all
    -- types as the catalog's `type` kind holds them (enums, domains, ranges, composites of
    -- CREATE TYPE): GRANT … ON TYPE covers domains too
    select 'type', format('type %%I.%%I', n.nspname, t.typname), n.nspname, t.typowner,
           coalesce(t.typacl, acldefault('T', t.typowner)), null, 'pg_type'::regclass, t.oid
    from pg_type t
    join ns n on n.oid = t.typnamespace
    left join pg_class rel on rel.oid = t.typrelid
    where t.typtype in ('e', 'd', 'r') or (t.typtype = 'c' and rel.relkind = 'c')
)
select o.kind, o.target, o.column_name,
       case when x.grantee = 0 then 'PUBLIC' else quote_ident(r.rolname) end as grantee,
       coalesce(x.privilege_type, '') as privilege,
       coalesce(x.is_grantable, false) as grantable
from objects o
left join lateral aclexplode(o.acl) x on x.grantee <> o.owner
left join pg_roles r on r.oid = x.grantee
where not exists (select 1 from pg_depend e where e.classid = o.classid and e.objid = o.objid and e.deptype = 'e')
