-- kind: foreign_server. Servers of the wrappers in scope (see foreign_data_wrapper.sql; an
-- extension's wrapper counts), not made by an extension. Secret options (password, secret,
-- token, key, credential in the name) are left out: their values are never read.
-- definition: wrapper <name> [type '<type>'] [version '<version>'] [options (<name=value, sorted>)]
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
)
select
    s.srvname as identity,
    'wrapper ' || quote_ident(w.fdwname)
    || coalesce(' type ' || quote_literal(s.srvtype), '')
    || coalesce(' version ' || quote_literal(s.srvversion), '')
    || coalesce(' options (' || nullif(array_to_string(array(
           select o from unnest(s.srvoptions) o
           where split_part(o, '=', 1) !~* '(password|passwd|secret|token|key|credential)'
           order by o), ', '), '') || ')', '') as definition,
    '' as parent
from pg_foreign_server s
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
