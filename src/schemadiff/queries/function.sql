-- kind: function. Functions, procedures, window functions and aggregates, except those
-- that belong to an extension.
-- identity: <schema>.<name>(<input argument types>), the types as oidvectortypes renders
--           them with an empty search_path, e.g. public.f(public.vector, integer).
-- definition: pg_get_functiondef for functions and procedures (attributes, SET options and
--             body included, owner not); for an aggregate, which pg_get_functiondef
--             rejects, a description of pg_aggregate.
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
)
select
    ns.nspname || '.' || p.proname || '(' || oidvectortypes(p.proargtypes) || ')' as identity,
    case when p.prokind = 'a' then
        'aggregate ' || quote_ident(ns.nspname) || '.' || quote_ident(p.proname)
        || '(' || pg_get_function_arguments(p.oid) || ')'
        || ' returns ' || format_type(p.prorettype, null)
        || ' kind ' || ag.aggkind::text
        || ' sfunc ' || ag.aggtransfn::oid::regprocedure::text
        || ' stype ' || format_type(ag.aggtranstype, null)
        || coalesce(' finalfunc ' || nullif(ag.aggfinalfn::oid, 0)::regprocedure::text, '')
        || coalesce(' combinefunc ' || nullif(ag.aggcombinefn::oid, 0)::regprocedure::text, '')
        || coalesce(' serialfunc ' || nullif(ag.aggserialfn::oid, 0)::regprocedure::text, '')
        || coalesce(' deserialfunc ' || nullif(ag.aggdeserialfn::oid, 0)::regprocedure::text, '')
        || coalesce(' initcond ' || quote_literal(ag.agginitval), '')
        || coalesce(' sortop ' || nullif(ag.aggsortop, 0)::regoperator::text, '')
        -- the rest only when not the default, so a plain aggregate reads as it always did
        || case when ag.aggfinalextra then ' finalfunc_extra' else '' end
        || case when ag.aggfinalfn <> 0 and ag.aggfinalmodify <> 'r' then ' finalfunc_modify ' || ag.aggfinalmodify::text else '' end
        || coalesce(' sspace ' || nullif(ag.aggtransspace, 0), '')
        || coalesce(' msfunc ' || nullif(ag.aggmtransfn::oid, 0)::regprocedure::text, '')
        || coalesce(' minvfunc ' || nullif(ag.aggminvtransfn::oid, 0)::regprocedure::text, '')
        || case when ag.aggmtranstype <> 0 then ' mstype ' || format_type(ag.aggmtranstype, null) else '' end
        || coalesce(' msspace ' || nullif(ag.aggmtransspace, 0), '')
        || coalesce(' mfinalfunc ' || nullif(ag.aggmfinalfn::oid, 0)::regprocedure::text, '')
        || case when ag.aggmfinalextra then ' mfinalfunc_extra' else '' end
        || case when ag.aggmfinalfn <> 0 and ag.aggmfinalmodify <> 'r' then ' mfinalfunc_modify ' || ag.aggmfinalmodify::text else '' end
        || coalesce(' minitcond ' || quote_literal(ag.aggminitval), '')
        || ' parallel ' || p.proparallel::text
    else
        pg_get_functiondef(p.oid)
    end as definition,
    '' as parent
from pg_proc p
join ns on ns.oid = p.pronamespace
left join pg_aggregate ag on ag.aggfnoid = p.oid
where not exists (
    -- 'e': owned by an extension; 'i': created implicitly with another object (the
    -- constructor functions of a range type)
    select from pg_depend d
    where d.classid = 'pg_proc'::regclass and d.objid = p.oid and d.deptype in ('e', 'i')
)
