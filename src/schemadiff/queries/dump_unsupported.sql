-- dump: objects in scope that `schemadiff dump` cannot write, described by the server.
-- The dump refuses to run while any exists rather than write an incomplete schema.
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
),
found (classid, objid, reason) as (
    select 'pg_event_trigger'::regclass, o.oid, 'event triggers are not dumped'
    from pg_event_trigger o join pg_proc p on p.oid = o.evtfoid join ns on ns.oid = p.pronamespace
    union all
    select 'pg_operator'::regclass, o.oid, 'operators are not dumped'
    from pg_operator o join ns on ns.oid = o.oprnamespace
    union all
    select 'pg_opclass'::regclass, o.oid, 'operator classes are not dumped'
    from pg_opclass o join ns on ns.oid = o.opcnamespace
    union all
    select 'pg_opfamily'::regclass, o.oid, 'operator families are not dumped'
    from pg_opfamily o join ns on ns.oid = o.opfnamespace
    union all
    -- made of C functions, created by a superuser only: the prelude's, not schema/'s
    select 'pg_ts_parser'::regclass, o.oid,
           'text search parsers are not dumped (C functions, superuser only: create it in the prelude)'
    from pg_ts_parser o join ns on ns.oid = o.prsnamespace
    union all
    select 'pg_ts_template'::regclass, o.oid,
           'text search templates are not dumped (C functions, superuser only: create it in the prelude)'
    from pg_ts_template o join ns on ns.oid = o.tmplnamespace
    union all
    select 'pg_conversion'::regclass, o.oid, 'conversions are not dumped'
    from pg_conversion o join ns on ns.oid = o.connamespace
    union all
    select 'pg_statistic_ext'::regclass, o.oid, 'extended statistics are not dumped'
    from pg_statistic_ext o join ns on ns.oid = o.stxnamespace
    union all
    select 'pg_class'::regclass, c.oid,
           case when c.relkind = 'f'
                then 'foreign tables in an inheritance tree, with constraints (other than NOT NULL) or triggers are not dumped'
                else 'typed tables (OF type) are not dumped' end
    from pg_class c join ns on ns.oid = c.relnamespace
    where (c.relkind = 'f' and (exists (select from pg_inherits i where c.oid in (i.inhrelid, i.inhparent))
                                or exists (select from pg_constraint k where k.conrelid = c.oid and k.contype <> 'n')
                                or exists (select from pg_trigger t where t.tgrelid = c.oid)))
       or (c.relkind in ('r', 'p') and c.reloftype <> 0)
    union all
    select 'pg_class'::regclass, i.indexrelid, 'invalid indexes cannot be reproduced (rebuild or drop it first)'
    from pg_index i join pg_class c on c.oid = i.indrelid join ns on ns.oid = c.relnamespace
    where not i.indisvalid
    union all
    select 'pg_type'::regclass, t.oid,
           case when t.typtype = 'r' then 'range types with a canonical function are not dumped'
                else 'base and shell types are not dumped' end
    from pg_type t join ns on ns.oid = t.typnamespace
    left join pg_range r on r.rngtypid = t.oid
    where (t.typtype in ('b', 'p') and not (t.typelem <> 0 and t.typsubscript = 'array_subscript_handler'::regproc))
       or (t.typtype = 'r' and r.rngcanonical <> 0)
    union all
    select 'pg_proc'::regclass, a.aggfnoid,
           'only plain aggregates (sfunc, stype, finalfunc, combinefunc, serialfunc, deserialfunc, initcond, sortop) are dumped'
    from pg_aggregate a join pg_proc p on p.oid = a.aggfnoid join ns on ns.oid = p.pronamespace
    where a.aggkind <> 'n' or a.aggmtransfn <> 0 or a.aggfinalextra or a.aggfinalmodify <> 'r'
       or a.aggtransspace <> 0
)
select pg_describe_object(f.classid, f.objid, 0) as object, f.reason
from found f
where not exists (
    select from pg_depend d
    where d.classid = f.classid and d.objid = f.objid and d.deptype in ('e', 'i')
)
order by 1, 2
