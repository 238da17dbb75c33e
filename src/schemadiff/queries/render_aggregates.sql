-- (psycopg parameters: literal percent signs are doubled.)
-- Aggregates of the managed schemas (migra ignores them), with the CREATE AGGREGATE
-- statement the server renders from pg_aggregate: names quoted by the server (format %%I,
-- regproc/regtype output under the pinned render settings), literals by quote_literal.
-- Options at their default are left out. Used by the aggregates diff family.
-- name: <schema>.<name>(<identity arguments>), as the comments and grants name it;
-- target: the GRANT target, as queries/render_privileges.sql writes it; comment_identity:
-- the object as the comments family names it (pg_identify_object).
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
),
agg as (
    select p.oid, ns.nspname, p.proname, a.*, p.proparallel,
           format('%%I.%%I', ns.nspname, p.proname) as qname,
           pg_get_function_identity_arguments(p.oid) as identity_args
    from pg_aggregate a
    join pg_proc p on p.oid = a.aggfnoid
    join ns on ns.oid = p.pronamespace
    where not exists (
        select from pg_depend d
        where d.classid = 'pg_proc'::regclass and d.objid = p.oid and d.deptype = 'e'
    )
),
support as (
    -- the support functions, qualified and quoted (none: null): one lookup by oid each
    select a.oid, f.*
    from agg a
    cross join lateral (
        select max(q) filter (where p.oid = a.aggtransfn) as sf,
               max(q) filter (where p.oid = a.aggfinalfn) as ff,
               max(q) filter (where p.oid = a.aggcombinefn) as cf,
               max(q) filter (where p.oid = a.aggserialfn) as sef,
               max(q) filter (where p.oid = a.aggdeserialfn) as df,
               max(q) filter (where p.oid = a.aggmtransfn) as msf,
               max(q) filter (where p.oid = a.aggminvtransfn) as mif,
               max(q) filter (where p.oid = a.aggmfinalfn) as mff
        from pg_proc p
        join pg_namespace n on n.oid = p.pronamespace
        cross join lateral (select format('%%I.%%I', n.nspname, p.proname) as q) as named
        where p.oid in (a.aggtransfn, a.aggfinalfn, a.aggcombinefn, a.aggserialfn, a.aggdeserialfn,
                        a.aggmtransfn, a.aggminvtransfn, a.aggmfinalfn)
    ) as f
)
select
    a.nspname || '.' || a.proname || '(' || a.identity_args || ')' as name,
    format('%%s(%%s)', a.qname, a.identity_args) as signature,
    -- GRANT takes the argument types only (no ORDER BY of an ordered-set aggregate)
    format('function %%I.%%I(%%s)', a.nspname, a.proname, oidvectortypes(p.proargtypes)) as target,
    (pg_identify_object('pg_proc'::regclass, a.oid, 0)).identity as comment_identity,
    a.nspname as schema,
    a.aggkind as kind,
    format_type(p.prorettype, null) as result_type,
    'create aggregate ' || a.qname || '(' || pg_get_function_arguments(a.oid) || ') ('
    || concat_ws(', ',
        'sfunc = ' || f.sf,
        'stype = ' || format_type(a.aggtranstype, null),
        'sspace = ' || nullif(a.aggtransspace, 0),
        'finalfunc = ' || f.ff,
        case when a.aggfinalextra then 'finalfunc_extra' end,
        case when a.aggfinalfn <> 0 and a.aggfinalmodify <> 'r'
             then 'finalfunc_modify = ' || case a.aggfinalmodify when 's' then 'shareable' else 'read_write' end end,
        'combinefunc = ' || f.cf,
        'serialfunc = ' || f.sef,
        'deserialfunc = ' || f.df,
        'initcond = ' || quote_literal(a.agginitval),
        'msfunc = ' || f.msf,
        'minvfunc = ' || f.mif,
        'mstype = ' || case when a.aggmtranstype <> 0 then format_type(a.aggmtranstype, null) end,
        'msspace = ' || nullif(a.aggmtransspace, 0),
        'mfinalfunc = ' || f.mff,
        case when a.aggmfinalextra then 'mfinalfunc_extra' end,
        case when a.aggmfinalfn <> 0 and a.aggmfinalmodify <> 'r'
             then 'mfinalfunc_modify = ' || case a.aggmfinalmodify when 's' then 'shareable' else 'read_write' end end,
        'minitcond = ' || quote_literal(a.aggminitval),
        'sortop = ' || (select format('operator(%%I.%%s)', o.nspname, op.oprname)
                        from pg_operator op join pg_namespace o on o.oid = op.oprnamespace
                        where op.oid = a.aggsortop),
        case when a.aggkind = 'h' then 'hypothetical' end,
        'parallel = ' || case a.proparallel when 's' then 'safe' when 'r' then 'restricted' end
    ) || ')' as create_sql
from agg a
join pg_proc p on p.oid = a.oid
join support f on f.oid = a.oid
order by 1
