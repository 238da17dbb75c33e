-- kind: foreign_data_wrapper. Wrappers not made by an extension (an extension's wrapper, such as
-- postgres_fdw's, is part of the extension kind). A wrapper belongs to no schema: it is in scope
-- when none of its functions (handler, validator) is in a schema that is neither pg_catalog nor
-- managed. Options whose name says they hold a secret (password, secret, token, key, credential)
-- are left out: their values are never read (docs/foreign-data.md).
-- definition: handler <function|-> validator <function|-> [options (<name=value, sorted>)]
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
)
select
    w.fdwname as identity,
    'handler ' || coalesce(nullif(w.fdwhandler, 0)::regproc::text, '-')
    || ' validator ' || coalesce(nullif(w.fdwvalidator, 0)::regproc::text, '-')
    || coalesce(' options (' || nullif(array_to_string(array(
           select o from unnest(w.fdwoptions) o
           where split_part(o, '=', 1) !~* '(password|passwd|secret|token|key|credential)'
           order by o), ', '), '') || ')', '') as definition,
    '' as parent
from pg_foreign_data_wrapper w
where not exists (
    select from pg_proc p join pg_namespace n on n.oid = p.pronamespace
    where p.oid in (w.fdwhandler, w.fdwvalidator)
      and n.nspname <> 'pg_catalog' and n.oid not in (select ns.oid from ns)
)
  and not exists (
    select from pg_depend d
    where d.classid = 'pg_foreign_data_wrapper'::regclass and d.objid = w.oid and d.deptype = 'e'
)
