-- (psycopg parameters: literal percent signs are doubled.)
-- Indexes, constraints and triggers of partitions (and inheritance children) that are copies
-- of an index, constraint or trigger of the parent (pg_inherits between indexes,
-- pg_constraint.conparentid for keys and foreign keys, a CHECK constraint inherited and not
-- declared locally, pg_trigger.tgparentid). They are created, attached and dropped with their
-- parent's, never on their own. Used by the partitions diff fixes (migra treats them as
-- independent objects). And each partition's bound as the CHECK that implies it
-- (pg_get_partition_constraintdef; kind 'bound', in ``bound_check``): the CHECK an online plan
-- validates on a table before it is attached, so that the ATTACH does not scan it (online_attach.py).
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
)
select 'index' as kind,
       ns.nspname || '.' || ci.relname as identity,
       pn.nspname || '.' || pi.relname as parent_identity,
       format('%%I.%%I', ns.nspname, ci.relname) as quoted_name,
       format('%%I.%%I', pn.nspname, pi.relname) as parent_quoted_name,
       null::text as bound_check
from pg_inherits i
join pg_class ci on ci.oid = i.inhrelid and ci.relkind in ('i', 'I')
join pg_class pi on pi.oid = i.inhparent
join ns on ns.oid = ci.relnamespace
join pg_namespace pn on pn.oid = pi.relnamespace
union all
select 'constraint',
       ns.nspname || '.' || ct.relname || '.' || c.conname,
       pn.nspname || '.' || pt.relname || '.' || p.conname,
       format('%%I.%%I', ns.nspname, ct.relname),
       format('%%I.%%I', pn.nspname, pt.relname),
       null
from pg_constraint c
join pg_constraint p on p.oid = c.conparentid
join pg_class ct on ct.oid = c.conrelid
join pg_class pt on pt.oid = p.conrelid
join ns on ns.oid = ct.relnamespace
join pg_namespace pn on pn.oid = pt.relnamespace
where c.conparentid <> 0 and c.conrelid <> 0
union all
-- a CHECK constraint only inherited (not declared on the child too): its parent's of that name
select 'constraint',
       ns.nspname || '.' || ct.relname || '.' || c.conname,
       min(pn.nspname || '.' || pt.relname || '.' || p.conname),
       format('%%I.%%I', ns.nspname, ct.relname),
       min(format('%%I.%%I', pn.nspname, pt.relname)),
       null
from pg_constraint c
join pg_class ct on ct.oid = c.conrelid
join ns on ns.oid = ct.relnamespace
join pg_inherits i on i.inhrelid = ct.oid
join pg_constraint p on p.conrelid = i.inhparent and p.conname = c.conname and p.contype = c.contype
join pg_class pt on pt.oid = p.conrelid
join pg_namespace pn on pn.oid = pt.relnamespace
where c.contype = 'c' and c.coninhcount > 0 and not c.conislocal and c.conparentid = 0
group by ns.nspname, ct.relname, c.conname
union all
-- a trigger cloned from the partitioned parent's (PostgreSQL 13+)
select 'trigger',
       ns.nspname || '.' || ct.relname || '.' || t.tgname,
       pn.nspname || '.' || pt.relname || '.' || p.tgname,
       format('%%I.%%I', ns.nspname, ct.relname),
       format('%%I.%%I', pn.nspname, pt.relname),
       null
from pg_trigger t
join pg_trigger p on p.oid = t.tgparentid
join pg_class ct on ct.oid = t.tgrelid
join pg_class pt on pt.oid = p.tgrelid
join ns on ns.oid = ct.relnamespace
join pg_namespace pn on pn.oid = pt.relnamespace
where t.tgparentid <> 0
union all
-- a partition's bound as a CHECK: a hash partition's names its parent by OID, which another
-- database does not share, so by name here (one whose constraint names another table by OID, a
-- partition of a hash partition, is left out); not a default partition's: it depends on its siblings
select 'bound', identity, parent_identity, quoted_name, parent_quoted_name, bound_check
from (
    select ns.nspname || '.' || ct.relname as identity,
           pn.nspname || '.' || pt.relname as parent_identity,
           format('%%I.%%I', ns.nspname, ct.relname) as quoted_name,
           format('%%I.%%I', pn.nspname, pt.relname) as parent_quoted_name,
           replace(
               pg_get_partition_constraintdef(ct.oid),
               quote_literal(pt.oid::text) || '::oid',
               quote_literal(format('%%I.%%I', pn.nspname, pt.relname)) || '::regclass::oid'
           ) as bound_check
    from pg_class ct
    join ns on ns.oid = ct.relnamespace
    join pg_inherits i on i.inhrelid = ct.oid
    join pg_class pt on pt.oid = i.inhparent
    join pg_namespace pn on pn.oid = pt.relnamespace
    join pg_partitioned_table pp on pp.partrelid = pt.oid
    where ct.relispartition and ct.relkind in ('r', 'p') and pp.partdefid <> ct.oid
) as bounds
where bound_check !~ '''[0-9]+''::oid'
