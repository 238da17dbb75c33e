-- kind: default_privilege. ALTER DEFAULT PRIVILEGES entries (pg_default_acl) of the role
-- that inspects (labelled current_user: the role running schemadiff differs between the
-- shadow database and the target, so its defaults are compared as "mine") and of the roles
-- named in schemadiff.yaml (privileges.default_privileges_for, by name). Other roles'
-- entries are out of scope. Global entries (no schema) always count; IN SCHEMA entries only
-- in managed schemas.
-- One row per (role, schema, object type, grantee) whose privileges differ from the built-in
-- default: a global entry replaces acldefault() (e.g. EXECUTE to PUBLIC on functions, so
-- revoking it shows as 'none'), an IN SCHEMA entry adds to it. The role's own privileges are
-- skipped (like the owner's in `privilege`).
-- identity: for <current_user|role> [in schema <schema>] on <tables|sequences|functions|types|schemas|large objects> to <grantee|PUBLIC>
-- definition: the privileges, sorted, each followed by " WITH GRANT OPTION" when grantable,
--             joined with ", "; 'none' when a default grant was revoked.
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
),
roles as (
    select r.oid, case when r.rolname = any(%(default_privileges_for)s::text[]) then r.rolname::text else 'current_user' end as who
    from pg_roles r
    where r.rolname = any(%(default_privileges_for)s::text[]) or r.rolname = current_user
),
-- pg_default_acl's object type letters, and acldefault()'s for the same kind
objtypes (objtype, acltype, word) as (
    values ('r'::"char", 'r'::"char", 'tables'), ('S', 's', 'sequences'), ('f', 'f', 'functions'),
           ('T', 'T', 'types'), ('n', 'n', 'schemas'), ('L', 'L', 'large objects')
),
entries as (
    select ro.oid as role, ro.who, null::text as schema, o.word,
           coalesce(d.defaclacl, acldefault(o.acltype, ro.oid)) as acl, acldefault(o.acltype, ro.oid) as baseline
    from roles ro
    cross join objtypes o
    left join pg_default_acl d on d.defaclrole = ro.oid and d.defaclnamespace = 0 and d.defaclobjtype = o.objtype
    union all
    select ro.oid, ro.who, ns.nspname::text, o.word, d.defaclacl, null::aclitem[]
    from pg_default_acl d
    join roles ro on ro.oid = d.defaclrole
    join ns on ns.oid = d.defaclnamespace
    join objtypes o on o.objtype = d.defaclobjtype
),
grants as (
    select e.who, e.schema, e.word, x.grantee, true as effective,
           x.privilege_type || case when x.is_grantable then ' WITH GRANT OPTION' else '' end as privilege
    from entries e cross join lateral aclexplode(e.acl) x
    where x.grantee <> e.role
    union all
    select e.who, e.schema, e.word, x.grantee, false,
           x.privilege_type || case when x.is_grantable then ' WITH GRANT OPTION' else '' end
    from entries e cross join lateral aclexplode(e.baseline) x
    where x.grantee <> e.role
),
compared as (
    select who, schema, word, grantee,
           coalesce(array_agg(privilege order by privilege) filter (where effective), '{}') as privileges,
           coalesce(array_agg(privilege order by privilege) filter (where not effective), '{}') as baseline
    from grants
    group by who, schema, word, grantee
)
select
    'for ' || c.who || coalesce(' in schema ' || c.schema, '') || ' on ' || c.word
    || ' to ' || case when c.grantee = 0 then 'PUBLIC' else r.rolname end as identity,
    coalesce(nullif(array_to_string(c.privileges, ', '), ''), 'none') as definition,
    '' as parent
from compared c
left join pg_roles r on r.oid = c.grantee
where c.privileges is distinct from c.baseline
