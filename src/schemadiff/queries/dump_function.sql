-- dump: functions, procedures and aggregates (those of the catalog's `function` kind):
-- pg_get_functiondef for functions and procedures; the pieces of CREATE AGGREGATE for
-- aggregates, which pg_get_functiondef rejects.
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
)
select
    p.oid,
    p.prokind::text as prokind,
    quote_ident(ns.nspname) || '.' || quote_ident(p.proname) as qname,
    pg_get_function_identity_arguments(p.oid) as identity_args,
    case when p.prokind <> 'a' then pg_get_functiondef(p.oid) end as def,
    case when p.prokind = 'a' then pg_get_function_arguments(p.oid) end as agg_args,
    ag.aggtransfn::regproc::text as agg_sfunc,
    format_type(ag.aggtranstype, null) as agg_stype,
    nullif(ag.aggfinalfn::oid, 0)::regproc::text as agg_finalfunc,
    nullif(ag.aggcombinefn::oid, 0)::regproc::text as agg_combinefunc,
    nullif(ag.aggserialfn::oid, 0)::regproc::text as agg_serialfunc,
    nullif(ag.aggdeserialfn::oid, 0)::regproc::text as agg_deserialfunc,
    quote_literal(ag.agginitval) as agg_initcond,
    case when ag.aggsortop <> 0 then
        'operator(' || quote_ident(opn.nspname) || '.' || op.oprname || ')' end as agg_sortop,
    p.proparallel::text as parallel
from pg_proc p
join ns on ns.oid = p.pronamespace
left join pg_aggregate ag on ag.aggfnoid = p.oid
left join pg_operator op on op.oid = ag.aggsortop
left join pg_namespace opn on opn.oid = op.oprnamespace
where not exists (
    -- 'e': owned by an extension; 'i': created implicitly with another object (the
    -- constructor functions of a range type)
    select from pg_depend d
    where d.classid = 'pg_proc'::regclass and d.objid = p.oid and d.deptype in ('e', 'i')
)
order by ns.nspname, p.proname, pg_get_function_identity_arguments(p.oid)
