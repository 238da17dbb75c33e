-- dump: the privileges granted on the objects in scope, one row per (object, column,
-- grantee, privilege), the owner's own left out (owners differ between environments).
-- A NULL acl is expanded with acldefault() (a function's default is EXECUTE to PUBLIC, a
-- type's USAGE to PUBLIC); the dump renders what differs from the defaults of a newly
-- created object. kind: table, sequence, function, schema, type, column. target: the
-- object as GRANT names it ('public.t', 'sequence public.s', 'function public.f(integer)',
-- 'schema public', 'type public.e'). full: every privilege the kind has (the owner's
-- default set), for "all". node and position as in dump_comment.sql.
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
),
ext as (
    select d.classid, d.objid from pg_depend d
    where d.deptype = 'e' or (d.deptype = 'i' and d.classid = 'pg_proc'::regclass)
),
objects (node, kind, target, position, qcolumn, owner, acl, defacl) as (
    select 'rel:' || c.oid,
           case c.relkind when 'S' then 'sequence' else 'table' end,
           case c.relkind when 'S' then 'sequence ' else '' end
           || quote_ident(ns.nspname) || '.' || quote_ident(c.relname),
           0, null::text, c.relowner, c.relacl,
           acldefault((case c.relkind when 'S' then 's' else 'r' end)::"char", c.relowner)
    from pg_class c
    join ns on ns.oid = c.relnamespace
    where c.relkind in ('r', 'p', 'f', 'v', 'm', 'S')
      and c.oid not in (select objid from ext where classid = 'pg_class'::regclass)
    union all
    select 'rel:' || c.oid, 'column', quote_ident(ns.nspname) || '.' || quote_ident(c.relname),
           a.attnum, quote_ident(a.attname), c.relowner, a.attacl, acldefault('c', c.relowner)
    from pg_attribute a
    join pg_class c on c.oid = a.attrelid
    join ns on ns.oid = c.relnamespace
    where a.attacl is not null and a.attnum > 0 and not a.attisdropped
      and c.relkind in ('r', 'p', 'f', 'v', 'm')
      and c.oid not in (select objid from ext where classid = 'pg_class'::regclass)
    union all
    select 'fn:' || p.oid, 'function',
           case p.prokind when 'p' then 'procedure ' else 'function ' end
           || quote_ident(ns.nspname) || '.' || quote_ident(p.proname)
           || '(' || pg_get_function_identity_arguments(p.oid) || ')',
           0, null, p.proowner, p.proacl, acldefault('f', p.proowner)
    from pg_proc p
    join ns on ns.oid = p.pronamespace
    where p.oid not in (select objid from ext where classid = 'pg_proc'::regclass)
    union all
    select 'nsp:' || ns.oid, 'schema', 'schema ' || quote_ident(ns.nspname), 0, null,
           n.nspowner, n.nspacl, acldefault('n', n.nspowner)
    from pg_namespace n
    join ns on ns.oid = n.oid
    where n.oid not in (select objid from ext where classid = 'pg_namespace'::regclass)
    union all
    select 'type:' || t.oid, 'type',
           case t.typtype when 'd' then 'domain ' else 'type ' end
           || quote_ident(ns.nspname) || '.' || quote_ident(t.typname),
           0, null, t.typowner, t.typacl, acldefault('T', t.typowner)
    from pg_type t
    join ns on ns.oid = t.typnamespace
    left join pg_class rel on rel.oid = t.typrelid
    where (t.typtype in ('e', 'd', 'r') or (t.typtype = 'c' and rel.relkind = 'c'))
      and t.oid not in (select objid from ext where classid = 'pg_type'::regclass)
)
select
    o.node, o.kind, o.target, o.position, o.qcolumn,
    case when x.grantee = 0 then 'public' else quote_ident(r.rolname) end as grantee,
    lower(x.privilege_type) as privilege,
    x.is_grantable as grantable,
    array(select lower(f.privilege_type) from aclexplode(o.defacl) f
          where f.grantee = o.owner order by 1) as full
from objects o
cross join lateral aclexplode(coalesce(o.acl, o.defacl)) x
left join pg_roles r on r.oid = x.grantee
where x.grantee <> o.owner
order by o.node, o.position, grantee, privilege
