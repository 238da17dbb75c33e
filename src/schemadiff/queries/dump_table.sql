-- dump: ordinary and partitioned tables with their columns (in attnum order), partition
-- and inheritance links, storage options and row level security switches. Foreign and
-- typed tables are listed by dump_unsupported.sql.
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
)
select
    c.oid,
    quote_ident(ns.nspname) || '.' || quote_ident(c.relname) as qname,
    ns.nspname as schema,
    c.relname as name,
    c.relkind::text as relkind,
    c.relpersistence = 'u' as unlogged,
    pg_get_partkeydef(c.oid) as partkey,
    c.relispartition as ispartition,
    case when c.relispartition then pg_get_expr(c.relpartbound, c.oid) end as bound,
    array(select i.inhparent from pg_inherits i where i.inhrelid = c.oid order by i.inhseqno) as parents,
    array(select quote_ident(pn.nspname) || '.' || quote_ident(pc.relname)
          from pg_inherits i
          join pg_class pc on pc.oid = i.inhparent
          join pg_namespace pn on pn.oid = pc.relnamespace
          where i.inhrelid = c.oid order by i.inhseqno) as parent_qnames,
    am.amname as am,
    array(select o from unnest(c.reloptions) o order by o) as reloptions,
    c.relreplident::text as replident,
    c.relrowsecurity as rls_enabled,
    c.relforcerowsecurity as rls_forced,
    coalesce((
        select jsonb_agg(jsonb_build_object(
                   'num', a.attnum,
                   'name', a.attname,
                   'qname', quote_ident(a.attname),
                   'type', format_type(a.atttypid, a.atttypmod),
                   'collation', case when a.attcollation <> t.typcollation then
                       quote_ident(cn.nspname) || '.' || quote_ident(co.collname) end,
                   'notnull', a.attnotnull,
                   -- its NOT NULL constraint's name (PostgreSQL 18+; null before)
                   'notnull_name', (select con.conname from pg_constraint con
                                    where con.conrelid = c.oid and con.contype = 'n' and con.conkey[1] = a.attnum),
                   'default', pg_get_expr(ad.adbin, ad.adrelid),
                   'default_oid', ad.oid,
                   'generated', a.attgenerated::text,
                   'identity', a.attidentity::text,
                   'islocal', a.attislocal)
               order by a.attnum)
        from pg_attribute a
        join pg_type t on t.oid = a.atttypid
        left join pg_attrdef ad on ad.adrelid = a.attrelid and ad.adnum = a.attnum
        left join pg_collation co on co.oid = a.attcollation
        left join pg_namespace cn on cn.oid = co.collnamespace
        where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped), '[]'::jsonb) as columns
from pg_class c
join ns on ns.oid = c.relnamespace
left join pg_am am on am.oid = c.relam
where c.relkind in ('r', 'p')
  and not exists (
      select from pg_depend d
      where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e'
  )
order by ns.nspname, c.relname
