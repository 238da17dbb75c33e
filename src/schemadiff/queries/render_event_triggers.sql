-- (psycopg parameters: literal percent signs are doubled.)
-- Event triggers whose function lives in a managed schema (an event trigger belongs to no
-- schema; it goes with its function). Used by the event triggers family: migra ignores them.
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
)
select format('%%I', e.evtname) as quoted_name,
       e.evtname as name,
       e.evtevent as event,
       e.evttags as tags,
       format('%%I.%%I', n.nspname, p.proname) as function,
       e.evtenabled as enabled
from pg_event_trigger e
join pg_proc p on p.oid = e.evtfoid
join pg_namespace n on n.oid = p.pronamespace
where n.nspname in (select ns.nspname from ns)
  and not exists (select 1 from pg_depend d where d.classid = 'pg_event_trigger'::regclass and d.objid = e.oid and d.deptype = 'e')
