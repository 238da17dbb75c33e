-- kind: user_mapping. User mappings of the servers in scope (see foreign_server.sql).
-- identity: <role, or public>@<server>. Secret options (password, secret, token, key,
-- credential in the name) are left out: their values are never read, and whether one is set
-- is not part of the schema either (secrets are set out of band: docs/foreign-data.md).
-- definition: options (<name=value, sorted>), or '' when there is none
-- definition 'options hidden' when the inspecting role may not see them (schemadiff/user_mappings.py:
-- read from the pg_user_mapping table when the connection may, else from the pg_user_mappings view).
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
)
select
    m.usename || '@' || s.srvname as identity,
    case when m.hidden then 'options hidden' else
    coalesce('options (' || nullif(array_to_string(array(
        select o from unnest(m.umoptions) o
        where split_part(o, '=', 1) !~* '(password|passwd|secret|token|key|credential)'
        order by o), ', '), '') || ')', '') end as definition,
    '' as parent
from (select v.umid, v.srvid, v.umuser, v.usename::text as usename, v.umoptions,
        v.umoptions is null and not (
            coalesce((select r.rolsuper from pg_catalog.pg_roles r where r.rolname = current_user), false)
            or (v.umuser = 0 and pg_catalog.pg_has_role(vs.srvowner, 'USAGE'))
            or (v.umuser = (select r.oid from pg_catalog.pg_roles r where r.rolname = current_user)
                and (pg_catalog.pg_has_role(vs.srvowner, 'USAGE') or pg_catalog.has_server_privilege(vs.oid, 'USAGE')))
        ) as hidden
     from pg_catalog.pg_user_mappings v join pg_catalog.pg_foreign_server vs on vs.oid = v.srvid) m
join pg_foreign_server s on s.oid = m.srvid
join pg_foreign_data_wrapper w on w.oid = s.srvfdw
where not exists (
    select from pg_proc p join pg_namespace n on n.oid = p.pronamespace
    where p.oid in (w.fdwhandler, w.fdwvalidator)
      and n.nspname <> 'pg_catalog' and n.oid not in (select ns.oid from ns)
)
  and not exists (
    select from pg_depend d
    where d.classid = 'pg_foreign_server'::regclass and d.objid = s.oid and d.deptype = 'e'
)
