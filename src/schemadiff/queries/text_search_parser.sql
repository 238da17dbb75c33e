-- kind: text_search_parser. Text search parsers of the managed schemas (not extension-owned).
-- They are made of C functions and only a superuser creates them: schemadiff neither plans
-- nor dumps them (diff/text_search.py refuses a plan that would have to), but they are in
-- the catalog so that fingerprints and verification see them.
-- definition: start <fn> gettoken <fn> end <fn> [headline <fn>] lextypes <fn>
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
)
select
    ns.nspname || '.' || p.prsname as identity,
    'start ' || p.prsstart::regprocedure::text || ' gettoken ' || p.prstoken::regprocedure::text
    || ' end ' || p.prsend::regprocedure::text
    || coalesce(' headline ' || nullif(p.prsheadline::oid, 0)::regprocedure::text, '')
    || ' lextypes ' || p.prslextype::regprocedure::text as definition,
    '' as parent
from pg_ts_parser p
join ns on ns.oid = p.prsnamespace
where not exists (
    select 1 from pg_depend e
    where e.classid = 'pg_ts_parser'::regclass and e.objid = p.oid and e.deptype = 'e'
)
order by 1
