-- (psycopg parameters: literal percent signs are doubled.)
-- Event triggers whose function lives in a managed schema (an event trigger belongs to no
-- schema; it goes with its function). Used by the event triggers family: migra ignores them.
select format('%%I', e.evtname) as quoted_name,
       e.evtname as name,
       e.evtevent as event,
       e.evttags as tags,
       format('%%I.%%I', n.nspname, p.proname) as function,
       e.evtenabled as enabled
from pg_event_trigger e
join pg_proc p on p.oid = e.evtfoid
join pg_namespace n on n.oid = p.pronamespace
where n.nspname not in ('pg_catalog', 'information_schema')
  and n.nspname !~ '^pg_(toast|temp)'
  and (cardinality(%(include)s::text[]) = 0 or n.nspname = any(%(include)s::text[]))
  and not n.nspname = any(%(exclude)s::text[])
  and not exists (select 1 from pg_depend d where d.classid = 'pg_event_trigger'::regclass and d.objid = e.oid and d.deptype = 'e')
