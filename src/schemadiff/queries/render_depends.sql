-- render: which object needs which other object, both named the way the diff's changes name
-- objects: relations, types and functions '<schema>.<name>' (a function without its
-- arguments; a table's row type, and an array of it, as the table; a view's rewrite rule as
-- the view), columns, constraints, triggers, policies and rules (CREATE RULE)
-- '<schema>.<table>.<name>', a column default as its column, schemas and extensions by name.
-- Edges: pg_depend normal dependencies (a reference to a column names the column too, and a
-- column's own needs are the column's), a constraint needs the columns it is on (automatic;
-- not a NOT NULL one), a key constraint needs its index (internal), a
-- sequence OWNED BY a column (only its ALTER, node suffix ' (alter)') or behind an identity
-- column, what needs an extension's member needs the extension, a rule its table, a
-- partition's clone of a row trigger its parent's trigger,
-- pg_inherits (a child's inherited column needs its parent's column; a partitioned index
-- needs its partitions' indexes, partitioned ones too: it is built last and attaches them), a publication's
-- member ('<pub> table <s.t>', '<pub> tables in schema <s>') its table or schema and the
-- columns of its column list and row filter, the publication what its members need.
-- Only objects of the managed schemas; the dependency order of plans
-- (schemadiff/ordering.py; docs/architecture.md, "Ordering").
-- The parameter nodes: the nodes whose edges are read (null: every node). The server then names only
-- the objects of the pg_depend rows of those nodes' objects (and of their tables), found
-- through the catalogs' indexes, not by naming every relation: a plan of a few changes is
-- ordered from a few edges (snapshot.read_edges). The parameter refs (with
-- nodes not null): also the edges whose ref is one of these relations (tables, indexes, ...),
-- from the pg_depend rows that reference them: what needs an index a plan drops (diff.carried's
-- foreign keys), without the whole graph.
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
),
rel_name as not materialized (
    select c.oid, ns.nspname || '.' || c.relname as name
    from pg_class c join ns on ns.oid = c.relnamespace
),
scope as (
    -- the nodes asked for, each also cut at each of its dots (a column's, a constraint's, a
    -- trigger's, ... table) and without its ALTER-only suffix: a superset of the names of the
    -- objects that may give them edges (the last select keeps the nodes' own edges)
    select left(b.base, p.at - 1) as name
    from unnest(%(nodes)s::text[]) as w(node)
    cross join lateral (values (regexp_replace(w.node, ' \(alter\)$', ''))) as b(base)
    cross join lateral generate_series(1, length(b.base) + 1) as p(at)
    where p.at = length(b.base) + 1 or substr(b.base, p.at, 1) = '.'
),
named_rel as (
    -- a relation by name, found through pg_class's (relname, relnamespace) index: a few names,
    -- without naming every relation
    select c.oid, w.name
    from ns
    join pg_class c on c.relnamespace = ns.oid
    join (select name from scope union select unnest(%(refs)s::text[])) as w(name)
      on starts_with(w.name, ns.nspname || '.') and c.relname = substr(w.name, length(ns.nspname) + 2)
),
scoped_rel as (
    select oid from named_rel where name in (select name from scope)
),
ref_rel as (
    select oid from named_rel where name = any(%(refs)s::text[])
),
scoped_object (classid, objid) as (
    -- for some nodes: the objects named like a node or its table (a domain's constraints: all
    -- of them), whose pg_depend rows are read through its (classid, objid) index
    select 'pg_class'::regclass, oid from scoped_rel
    union all
    select 'pg_attrdef'::regclass, ad.oid from pg_attrdef ad where ad.adrelid in (select oid from scoped_rel)
    union all
    select 'pg_constraint'::regclass, con.oid from pg_constraint con
    where con.conrelid in (select oid from scoped_rel) or (con.conrelid = 0 and exists (select from scope))
    union all
    select 'pg_trigger'::regclass, tg.oid from pg_trigger tg where tg.tgrelid in (select oid from scoped_rel)
    union all
    select 'pg_policy'::regclass, po.oid from pg_policy po where po.polrelid in (select oid from scoped_rel)
    union all
    select 'pg_rewrite'::regclass, rw.oid from pg_rewrite rw where rw.ev_class in (select oid from scoped_rel)
    union all
    select 'pg_proc'::regclass, p.oid from pg_proc p join ns on ns.oid = p.pronamespace
    where ns.nspname || '.' || p.proname in (select name from scope)
),
candidate as (
    -- the pg_depend rows that may give edges: every row (nodes null); or those of the nodes'
    -- objects, those of the objects of other catalogs (types, ...: all of them, unless no node
    -- is asked for) and those whose ref is one of refs
    select d.* from pg_depend d where %(nodes)s::text[] is null
    union
    select d.* from scoped_object o
    join pg_depend d on d.classid = o.classid and d.objid = o.objid
    where %(nodes)s::text[] is not null
    union
    select d.* from pg_depend d
    where %(nodes)s::text[] is not null and exists (select from scope)
      and d.classid not in ('pg_class'::regclass, 'pg_attrdef'::regclass, 'pg_constraint'::regclass,
                            'pg_trigger'::regclass, 'pg_policy'::regclass, 'pg_rewrite'::regclass,
                            'pg_proc'::regclass)
    union
    select d.* from pg_depend d
    where %(nodes)s::text[] is not null and d.refclassid = 'pg_class'::regclass
      and d.refobjid in (select oid from ref_rel)
),
dep as (
    select d.classid, d.objid, d.objsubid, d.refclassid, d.refobjid, d.refobjsubid
    from candidate d
    where d.deptype = 'n'
       or (d.deptype = 'a' and d.classid = 'pg_rewrite'::regclass)  -- a rule (CREATE RULE) needs its relation
       -- a constraint needs the columns it is on (a foreign key's own columns are automatic
       -- dependencies: dropping such a column drops the constraint along, so a plan drops the
       -- constraint first); not a NOT NULL one (PostgreSQL 18: only renamed, by its family)
       or (d.deptype = 'a' and d.classid = 'pg_constraint'::regclass and d.refclassid = 'pg_class'::regclass
           and d.refobjsubid > 0
           and exists (select from pg_constraint c where c.oid = d.objid and c.contype <> 'n'))
       or (d.deptype = 'a' and d.classid in ('pg_publication_rel'::regclass, 'pg_publication_namespace'::regclass)
           and d.refclassid in ('pg_class'::regclass, 'pg_namespace'::regclass))  -- a member: its table, schema
       -- a partition's clone of a row trigger needs its parent's trigger (its state is set after that is made)
       or (d.deptype = 'P' and d.classid = 'pg_trigger'::regclass and d.refclassid = 'pg_trigger'::regclass)
),
ends as (
    -- (for some nodes: the objects named are those at either end of their pg_depend rows)
    select objid from dep union select refobjid from dep
),
owned_by as (
    -- a sequence OWNED BY a column (an automatic dependency): the ALTER SEQUENCE … OWNED BY
    -- needs the column, the sequence itself does not (the column's default needs it); an
    -- identity column's sequence (internal) is made with its column and needs it
    select sn.name || case when d.deptype = 'a' then ' (alter)' else '' end as node, r.ref
    from pg_depend d
    join rel_name sn on sn.oid = d.objid
    join rel_name tn on tn.oid = d.refobjid
    join pg_attribute a on a.attrelid = d.refobjid and a.attnum = d.refobjsubid
    cross join lateral (values (tn.name), (tn.name || '.' || a.attname)) as r(ref)
    where d.deptype in ('a', 'i') and d.classid = 'pg_class'::regclass and d.refclassid = 'pg_class'::regclass
      and d.refobjsubid > 0 and exists (select from pg_class s where s.oid = d.objid and s.relkind = 'S')
      and (%(nodes)s::text[] is null or d.objid in (select oid from scoped_rel) or d.refobjid in (select oid from ref_rel))
),
type_name as not materialized (
    -- a reference to a type: a table's row type (or an array of it) is the table, an array its element
    select t.oid, coalesce(rn.name, ern.name, ns.nspname || '.' || coalesce(et.typname, t.typname)) as name
    from pg_type t
    join ns on ns.oid = t.typnamespace
    left join rel_name rn on rn.oid = t.typrelid
    left join pg_type et on et.oid = t.typelem and t.typsubscript = 'array_subscript_handler'::regproc
    left join rel_name ern on ern.oid = et.typrelid
),
object_name as (
    -- every object that may be on either end, by (catalog, oid): its name, and for a column
    -- default also its table (a table needs what its columns' defaults need), for a
    -- publication's member its publication (the same); for some nodes, of the big catalogs
    -- only the objects at the ends of their pg_depend rows (by oid: a superset)
    select 'pg_class'::regclass as classid, oid as objid, name, null::text as table_name from rel_name
    where (%(nodes)s::text[] is null or oid in (select objid from ends))
    union all
    select 'pg_proc'::regclass, p.oid, ns.nspname || '.' || p.proname, null from pg_proc p join ns on ns.oid = p.pronamespace
    where (%(nodes)s::text[] is null or p.oid in (select objid from ends))
    union all
    select 'pg_type'::regclass, oid, name, null from type_name where (%(nodes)s::text[] is null or oid in (select objid from ends))
    union all
    select 'pg_rewrite'::regclass, rw.oid, case when rw.rulename = '_RETURN' then rn.name else rn.name || '.' || rw.rulename end,
           null
    from pg_rewrite rw join rel_name rn on rn.oid = rw.ev_class
    where (%(nodes)s::text[] is null or rw.oid in (select objid from ends))
    union all
    select 'pg_attrdef'::regclass, ad.oid, rn.name || '.' || a.attname, rn.name
    from pg_attrdef ad join rel_name rn on rn.oid = ad.adrelid
    join pg_attribute a on a.attrelid = ad.adrelid and a.attnum = ad.adnum
    where (%(nodes)s::text[] is null or ad.oid in (select objid from ends))
    union all
    select 'pg_constraint'::regclass, con.oid, coalesce(rn.name || '.' || con.conname, tn.name), null
    from pg_constraint con left join rel_name rn on rn.oid = con.conrelid left join type_name tn on tn.oid = con.contypid
    where (rn.name is not null or tn.name is not null) and (%(nodes)s::text[] is null or con.oid in (select objid from ends))
    union all
    select 'pg_trigger'::regclass, tg.oid, rn.name || '.' || tg.tgname, null from pg_trigger tg join rel_name rn on rn.oid = tg.tgrelid
    where (%(nodes)s::text[] is null or tg.oid in (select objid from ends))
    union all
    select 'pg_policy'::regclass, po.oid, rn.name || '.' || po.polname, null from pg_policy po join rel_name rn on rn.oid = po.polrelid
    where (%(nodes)s::text[] is null or po.oid in (select objid from ends))
    union all
    select 'pg_namespace'::regclass, ns.oid, ns.nspname, null from ns
    union all
    select 'pg_extension'::regclass, e.oid, e.extname, null from pg_extension e
    union all
    select 'pg_collation'::regclass, co.oid, ns.nspname || '.' || co.collname, null
    from pg_collation co join ns on ns.oid = co.collnamespace
    union all
    select 'pg_event_trigger'::regclass, et.oid, et.evtname, null from pg_event_trigger et
    union all
    select 'pg_ts_config'::regclass, cf.oid, ns.nspname || '.' || cf.cfgname, null
    from pg_ts_config cf join ns on ns.oid = cf.cfgnamespace
    union all
    select 'pg_ts_dict'::regclass, di.oid, ns.nspname || '.' || di.dictname, null
    from pg_ts_dict di join ns on ns.oid = di.dictnamespace
    union all
    select 'pg_foreign_data_wrapper'::regclass, w.oid, w.fdwname, null from pg_foreign_data_wrapper w
    union all
    select 'pg_foreign_server'::regclass, fs.oid, fs.srvname, null from pg_foreign_server fs
    union all
    select 'pg_user_mapping'::regclass, um.umid, um.usename || '@' || um.srvname, null from pg_user_mappings um
    union all
    select 'pg_publication_rel'::regclass, pr.oid, pub.pubname || ' table ' || rn.name, pub.pubname
    from pg_publication_rel pr join pg_publication pub on pub.oid = pr.prpubid join rel_name rn on rn.oid = pr.prrelid
    union all
    select 'pg_publication_namespace'::regclass, pn.oid, pub.pubname || ' tables in schema ' || ns.nspname, pub.pubname
    from pg_publication_namespace pn join pg_publication pub on pub.oid = pn.pnpubid join ns on ns.oid = pn.pnnspid
),
dep_object as (
    -- each pg_depend row with its object's name (and its column's), and the extension its ref is a
    -- member of (a type, a function, an operator class of one), looked up row by row through
    -- pg_depend's (classid, objid) index: joined in one pass, never a scan of object_name per
    -- extension member (the planner, misled by the estimates of these CTEs, chose that: about
    -- 0.6 of the 0.71 s the query took at 1,000 tables)
    select d.*, o.name, o.table_name, own.attname as column_name,
           (select m.refobjid
            from pg_depend m
            where m.classid = d.refclassid and m.objid = d.refobjid and m.deptype = 'e'
              and m.refclassid = 'pg_extension'::regclass
            limit 1) as extension
    from dep d
    join object_name o on o.classid = d.classid and o.objid = d.objid
    left join pg_attribute own
           on d.classid = 'pg_class'::regclass and own.attrelid = d.objid and own.attnum = d.objsubid
          and d.objsubid > 0
),
named as (
    select d.name, d.table_name, r.name as ref, col.attname as ref_column, d.column_name
    from dep_object d
    join object_name r on r.classid = d.refclassid and r.objid = d.refobjid
    left join pg_attribute col
           on d.refclassid = 'pg_class'::regclass and col.attrelid = d.refobjid and col.attnum = d.refobjsubid
          and d.refobjsubid > 0
    where d.refclassid in ('pg_class'::regclass, 'pg_proc'::regclass, 'pg_type'::regclass, 'pg_constraint'::regclass,
                           'pg_namespace'::regclass, 'pg_extension'::regclass, 'pg_collation'::regclass,
                           'pg_ts_config'::regclass, 'pg_ts_dict'::regclass, 'pg_foreign_server'::regclass,
                           'pg_foreign_data_wrapper'::regclass, 'pg_trigger'::regclass)
),
key_index as (
    -- the index of a primary key, unique or exclusion constraint is part of it (internal
    -- dependency; pg_constraint.conindid names it): the constraint needs its index (built
    -- first, dropped after)
    select rn.name || '.' || con.conname as node, i.name as ref
    from pg_constraint con
    join rel_name rn on rn.oid = con.conrelid
    join rel_name i on i.oid = con.conindid
    where con.contype in ('p', 'u', 'x')
      and (%(nodes)s::text[] is null or con.conrelid in (select oid from scoped_rel)
           or con.conindid in (select oid from ref_rel)
           or con.conindid in (select refobjid from dep where refclassid = 'pg_class'::regclass))  -- (a foreign key's)
),
edges (node, ref) as (
select distinct name as node, ref from named where name <> ref
union
-- a foreign key needs the referenced key's index, hence the key itself
select distinct n.name, k.node from named n join key_index k on k.ref = n.ref where n.name <> k.node
union
-- what needs a member of an extension (a type, a function, an operator class) needs the extension
select distinct n.node, e.extname
from dep_object d
join pg_extension e on e.oid = d.extension
cross join lateral (values (d.name), (d.name || '.' || d.column_name)) as n(node)
where n.node is not null  -- (the second of an object that is not a column)
union
-- a partition or an inheriting table needs its parent
select distinct c.name, p.name
from pg_inherits inh join rel_name c on c.oid = inh.inhrelid join rel_name p on p.oid = inh.inhparent
where exists (select from pg_class t where t.oid = inh.inhrelid and t.relkind in ('r', 'p', 'f'))  -- not index partitions
  and (%(nodes)s::text[] is null or inh.inhrelid in (select oid from scoped_rel) or inh.inhparent in (select oid from ref_rel))
union
-- an inherited column needs its parent's column (an ALTER of the parent's reaches it)
select distinct c.name || '.' || ca.attname, p.name || '.' || ca.attname
from pg_inherits inh join rel_name c on c.oid = inh.inhrelid join rel_name p on p.oid = inh.inhparent
join pg_attribute ca on ca.attrelid = inh.inhrelid and ca.attnum > 0 and not ca.attisdropped and ca.attinhcount > 0
where exists (select from pg_attribute pa
              where pa.attrelid = inh.inhparent and pa.attname = ca.attname and not pa.attisdropped)
  and (%(nodes)s::text[] is null or inh.inhrelid in (select oid from scoped_rel))
union
-- a partitioned index needs its partitions' indexes: created after them, it attaches them
select distinct p.name, c.name
from pg_inherits inh join rel_name c on c.oid = inh.inhrelid join rel_name p on p.oid = inh.inhparent
where exists (select from pg_class t where t.oid = inh.inhrelid and t.relkind in ('i', 'I'))
  and (%(nodes)s::text[] is null or inh.inhparent in (select oid from scoped_rel) or inh.inhrelid in (select oid from ref_rel))
union
select distinct name, ref || '.' || ref_column from named where ref_column is not null
union
-- a column's own needs (its type, its collation): the column needs them too
select distinct name || '.' || column_name, ref from named where column_name is not null
union
select distinct table_name, ref from named where table_name is not null and table_name <> ref
union
select node, ref from key_index
union
select node, ref from owned_by
)
select node, ref from edges
where %(nodes)s::text[] is null or node = any(%(nodes)s::text[]) or ref = any(%(refs)s::text[])
order by 1, 2
