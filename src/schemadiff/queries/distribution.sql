-- kind: distribution (Citus). Read only where Citus is installed (catalog.py asks first).
-- One row per table of the managed schemas in Citus's metadata (pg_dist_partition), except the
-- local tables Citus added to it by itself (autoconverted: a local table referenced by a foreign
-- key of a reference table); shards, placements and node names are never read.
-- identity and parent: the table. definition:
--   hash (<column>) shards <n> [colocated with <leader>]   a distributed table
--   single shard [colocated with <leader>]                  a table of a distributed schema
--   reference                                               a reference table (a copy on every node)
--   citus local                                             citus_add_local_table_to_metadata
-- <leader>: the first table (by identity) of the managed schemas in the same colocation group,
-- named by every other member (so a group reads the same whatever its colocation id).
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
),
dist as (
    select p.logicalrelid as relid, ns.nspname || '.' || c.relname as identity,
           p.partmethod, p.repmodel, p.colocationid, p.partkey
    from pg_dist_partition p
    join pg_class c on c.oid = p.logicalrelid
    join ns on ns.oid = c.relnamespace
    where not p.autoconverted
),
leaders as (
    select colocationid, min(identity collate "C") as leader
    from dist
    where colocationid <> 0 and repmodel <> 't'
    group by colocationid
)
select
    d.identity,
    case
        when d.partmethod = 'h' then
            'hash (' || quote_ident(column_to_column_name(d.relid, d.partkey)) || ') shards ' || g.shardcount::text
            || case when l.leader <> d.identity then ' colocated with ' || l.leader else '' end
        when d.partmethod = 'n' and d.repmodel = 't' then 'reference'
        when d.partmethod = 'n' and d.colocationid = 0 then 'citus local'
        when d.partmethod = 'n' then
            'single shard' || case when l.leader <> d.identity then ' colocated with ' || l.leader else '' end
        else 'method ' || d.partmethod::text
    end as definition,
    d.identity as parent
from dist d
left join leaders l on l.colocationid = d.colocationid
left join pg_dist_colocation g on g.colocationid = d.colocationid
