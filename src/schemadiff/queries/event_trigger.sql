-- kind: event_trigger. Event triggers whose function is in a managed schema (an event
-- trigger belongs to no schema; the event_triggers diff family scopes them the same way).
-- Extension-owned ones are left out.
-- definition: on <event> [when tag in (<tags>)] execute <function schema.name> enabled=<O|D|R|A>
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
)
select
    e.evtname as identity,
    'on ' || e.evtevent
    || coalesce(' when tag in (' || array_to_string(e.evttags, ', ') || ')', '')
    || ' execute ' || ns.nspname || '.' || p.proname
    || ' enabled=' || e.evtenabled::text as definition,
    '' as parent
from pg_event_trigger e
join pg_proc p on p.oid = e.evtfoid
join ns on ns.oid = p.pronamespace
where not exists (
    select 1 from pg_depend d
    where d.classid = 'pg_event_trigger'::regclass and d.objid = e.oid and d.deptype = 'e'
)
order by 1
