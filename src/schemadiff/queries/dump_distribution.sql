-- dump: Citus's distribution of the tables of the managed schemas (read only where Citus is
-- installed: dump/fetch.py asks first); Citus's own auto-converted local tables are left out.
-- method: hash | reference | citus local | single shard; column: the distribution column's name
-- (hash); shards: the colocation group's shard count; colocation: the group (0: none).
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
),
dist as (
    select p.logicalrelid::oid as relid,
           quote_ident(ns.nspname) || '.' || quote_ident(c.relname) as qname,
           ns.nspname || '.' || c.relname as identity,
           p.partmethod, p.repmodel, p.colocationid, p.partkey
    from pg_dist_partition p
    join pg_class c on c.oid = p.logicalrelid
    join ns on ns.oid = c.relnamespace
    where not p.autoconverted
)
select
    d.relid,
    d.qname,
    case
        when d.partmethod = 'h' then 'hash'
        when d.partmethod = 'n' and d.repmodel = 't' then 'reference'
        when d.partmethod = 'n' and d.colocationid = 0 then 'citus local'
        when d.partmethod = 'n' then 'single shard'
        else 'method ' || d.partmethod::text
    end as method,
    case when d.partmethod = 'h' then column_to_column_name(d.relid, d.partkey) end as column_name,
    g.shardcount as shards,
    case when d.repmodel = 't' then 0 else d.colocationid end as colocation
from dist d
left join pg_dist_colocation g on g.colocationid = d.colocationid
order by d.identity collate "C"
