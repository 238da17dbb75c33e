-- (psycopg parameters: literal percent signs are doubled.)
-- Text search dictionaries of the managed schemas, for the text search family (migra
-- ignores them) and the dump (whose empty search_path qualifies every name): names quoted
-- by the server; options as the server stored them (pg_ts_dict.dictinitoption,
-- "name = 'value', ..."), read back by diff/text_search.py. Extension-owned ones are left out.
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
)
select d.oid,
       ns.nspname || '.' || d.dictname as name,
       format('%%I.%%I', ns.nspname, d.dictname) as qname,
       format('%%I.%%I', tn.nspname, t.tmplname) as template,
       d.dictinitoption as options
from pg_ts_dict d
join ns on ns.oid = d.dictnamespace
join pg_ts_template t on t.oid = d.dicttemplate
join pg_namespace tn on tn.oid = t.tmplnamespace
where not exists (
    select 1 from pg_depend e
    where e.classid = 'pg_ts_dict'::regclass and e.objid = d.oid and e.deptype = 'e'
)
order by name
