-- kind: text_search_dictionary. Text search dictionaries of the managed schemas (not
-- extension-owned).
-- definition: template <schema.template> [options <the options as the server stored them>]
-- (pg_ts_dict.dictinitoption: "name = 'value', ..." in the order they were given; the
-- order is kept, a plan sets it too).
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
)
select
    ns.nspname || '.' || d.dictname as identity,
    'template ' || quote_ident(tn.nspname) || '.' || quote_ident(t.tmplname)
    || coalesce(' options ' || d.dictinitoption, '') as definition,
    '' as parent
from pg_ts_dict d
join ns on ns.oid = d.dictnamespace
join pg_ts_template t on t.oid = d.dicttemplate
join pg_namespace tn on tn.oid = t.tmplnamespace
where not exists (
    select 1 from pg_depend e
    where e.classid = 'pg_ts_dict'::regclass and e.objid = d.oid and e.deptype = 'e'
)
order by 1
