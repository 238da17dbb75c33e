-- dump: which dumped object needs which other object to exist first, from pg_depend
-- (normal and automatic dependencies), both sides named as dump nodes: 'rel:<oid>' for
-- relations (a view's rewrite rule counts as the view, other rules are 'rule:<oid>'; a table's row type, and an array
-- of it, as the table), 'type:<oid>' (a composite type's relation counts as the type;
-- an array or multirange as its element or range type; a domain's constraints as the
-- domain), 'fn:', 'con:', 'def:' (column defaults), 'trg:', 'pol:', 'nsp:', 'coll:'
-- (collations), 'tsd:' and 'tsc:' (text search dictionaries and configurations). Pairs
-- whose objects are not dumped (catalog objects, extension members, other schemas) are
-- dropped by the caller. The link of an owned sequence to its column is left out: OWNED
-- BY is set after the table, the sequence itself needs nothing.
with dep as (
    select d.classid, d.objid, d.refclassid, d.refobjid
    from pg_depend d
    where d.deptype in ('n', 'a')
      and not (d.classid = 'pg_class'::regclass and d.refclassid = 'pg_class'::regclass
               and d.deptype = 'a' and d.refobjsubid > 0
               and exists (select from pg_class s where s.oid = d.objid and s.relkind = 'S'))
),
type_node as (
    -- the node a reference to a type stands for
    select t.oid,
           case when rel.relkind = 'c' then 'type:' || t.oid
                when rel.oid is not null then 'rel:' || rel.oid
                when et.oid is not null and erel.relkind = 'c' then 'type:' || et.oid
                when erel.oid is not null then 'rel:' || erel.oid
                when et.oid is not null then 'type:' || et.oid
                when mr.rngtypid is not null then 'type:' || mr.rngtypid
                else 'type:' || t.oid end as node
    from pg_type t
    left join pg_class rel on rel.oid = t.typrelid
    left join pg_type et on et.oid = t.typelem and t.typsubscript = 'array_subscript_handler'::regproc
    left join pg_class erel on erel.oid = et.typrelid
    left join pg_range mr on mr.rngmultitypid = t.oid
    where t.typnamespace not in ('pg_catalog'::regnamespace, 'information_schema'::regnamespace)
),
pairs as (
    select
        case d.classid
            when 'pg_class'::regclass then
                (select case when c.relkind = 'c' then 'type:' || c.reltype else 'rel:' || c.oid end
                 from pg_class c where c.oid = d.objid)
            when 'pg_proc'::regclass then 'fn:' || d.objid
            when 'pg_type'::regclass then 'type:' || d.objid
            when 'pg_rewrite'::regclass then
                (select case when rw.rulename = '_RETURN' then 'rel:' || rw.ev_class else 'rule:' || rw.oid end
                 from pg_rewrite rw where rw.oid = d.objid)
            when 'pg_attrdef'::regclass then 'def:' || d.objid
            when 'pg_constraint'::regclass then
                (select case when con.conrelid <> 0 then 'con:' || con.oid else 'type:' || con.contypid end
                 from pg_constraint con where con.oid = d.objid)
            when 'pg_trigger'::regclass then 'trg:' || d.objid
            when 'pg_policy'::regclass then 'pol:' || d.objid
            when 'pg_ts_config'::regclass then 'tsc:' || d.objid
        end as node,
        case d.refclassid
            when 'pg_class'::regclass then
                (select case when c.relkind = 'c' then 'type:' || c.reltype else 'rel:' || c.oid end
                 from pg_class c where c.oid = d.refobjid)
            when 'pg_proc'::regclass then 'fn:' || d.refobjid
            when 'pg_type'::regclass then (select tn.node from type_node tn where tn.oid = d.refobjid)
            when 'pg_constraint'::regclass then
                (select case when con.conrelid <> 0 then 'con:' || con.oid else 'type:' || con.contypid end
                 from pg_constraint con where con.oid = d.refobjid)
            when 'pg_namespace'::regclass then 'nsp:' || d.refobjid
            when 'pg_collation'::regclass then 'coll:' || d.refobjid
            when 'pg_ts_dict'::regclass then 'tsd:' || d.refobjid
            when 'pg_ts_config'::regclass then 'tsc:' || d.refobjid
        end as ref
    from dep d
    where d.classid in ('pg_class'::regclass, 'pg_proc'::regclass, 'pg_type'::regclass, 'pg_rewrite'::regclass,
                        'pg_attrdef'::regclass, 'pg_constraint'::regclass, 'pg_trigger'::regclass,
                        'pg_policy'::regclass, 'pg_ts_config'::regclass)
      and d.refclassid in ('pg_class'::regclass, 'pg_proc'::regclass, 'pg_type'::regclass,
                           'pg_constraint'::regclass, 'pg_namespace'::regclass, 'pg_collation'::regclass,
                           'pg_ts_dict'::regclass, 'pg_ts_config'::regclass)
)
select distinct node, ref
from pairs
where node is not null and ref is not null and node <> ref
order by node, ref
