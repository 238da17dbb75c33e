-- kind: text_search_template. Text search templates of the managed schemas (not
-- extension-owned). Like parsers, made of C functions by a superuser: in the catalog, never
-- planned nor dumped (diff/text_search.py refuses a plan that would have to).
-- definition: [init <fn>] lexize <fn>
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
)
select
    ns.nspname || '.' || t.tmplname as identity,
    coalesce('init ' || nullif(t.tmplinit::oid, 0)::regprocedure::text || ' ', '')
    || 'lexize ' || t.tmpllexize::regprocedure::text as definition,
    '' as parent
from pg_ts_template t
join ns on ns.oid = t.tmplnamespace
where not exists (
    select 1 from pg_depend e
    where e.classid = 'pg_ts_template'::regclass and e.objid = t.oid and e.deptype = 'e'
)
order by 1
