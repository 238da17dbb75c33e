-- (psycopg parameters: literal percent signs are doubled.)
-- Default privileges (pg_default_acl) for the default privileges family, in the scope of
-- the catalog kind `default_privilege` (see default_privilege.sql): the role that inspects
-- (who = '') and the roles named in privileges.default_privileges_for (who = the name);
-- global entries, and IN SCHEMA entries of managed schemas.
-- One row per (who, schema, object type, grantee): `privileges` in effect and `baseline`,
-- what they are without an entry (acldefault() for a global entry, nothing (NULL) for an IN SCHEMA
-- one), each privilege followed by " WITH GRANT OPTION" when grantable. Global rows exist
-- for every object type, entry or not. The role's own privileges are left out.
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
),
roles as (
    select r.oid, case when r.rolname = any(%(default_privileges_for)s::text[]) then r.rolname::text else '' end as who,
           quote_ident(r.rolname) as quoted
    from pg_roles r
    where r.rolname = any(%(default_privileges_for)s::text[]) or r.rolname = current_user
),
objtypes (objtype, acltype) as (
    values ('r'::"char", 'r'::"char"), ('S', 's'), ('f', 'f'), ('T', 'T'), ('n', 'n'), ('L', 'L')
),
entries as (
    select ro.oid as role, ro.who, ro.quoted, null::text as schema, o.objtype,
           coalesce(d.defaclacl, acldefault(o.acltype, ro.oid)) as acl, acldefault(o.acltype, ro.oid) as baseline
    from roles ro
    cross join objtypes o
    left join pg_default_acl d on d.defaclrole = ro.oid and d.defaclnamespace = 0 and d.defaclobjtype = o.objtype
    union all
    select ro.oid, ro.who, ro.quoted, ns.nspname::text, d.defaclobjtype, d.defaclacl, null::aclitem[]
    from pg_default_acl d
    join roles ro on ro.oid = d.defaclrole
    join ns on ns.oid = d.defaclnamespace
),
grants as (
    select e.who, e.quoted, e.schema, e.objtype, x.grantee, true as effective,
           x.privilege_type || case when x.is_grantable then ' WITH GRANT OPTION' else '' end as privilege
    from entries e cross join lateral aclexplode(e.acl) x
    where x.grantee <> e.role
    union all
    select e.who, e.quoted, e.schema, e.objtype, x.grantee, false,
           x.privilege_type || case when x.is_grantable then ' WITH GRANT OPTION' else '' end
    from entries e cross join lateral aclexplode(e.baseline) x
    where x.grantee <> e.role
)
select g.who, g.quoted as role, g.schema, quote_ident(g.schema) as quoted_schema, g.objtype::text as objtype,
       case when g.grantee = 0 then 'PUBLIC' else quote_ident(r.rolname) end as grantee,
       case when g.grantee = 0 then 'PUBLIC' else r.rolname::text end as grantee_name,
       coalesce(array_agg(g.privilege order by g.privilege) filter (where g.effective), '{}') as privileges,
       coalesce(array_agg(g.privilege order by g.privilege) filter (where not g.effective), '{}') as baseline
from grants g
left join pg_roles r on r.oid = g.grantee
group by g.who, g.quoted, g.schema, g.objtype, g.grantee, r.rolname
