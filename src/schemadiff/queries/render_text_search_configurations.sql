-- (psycopg parameters: literal percent signs are doubled.)
-- Text search configurations of the managed schemas, for the text search family (migra
-- ignores them) and the dump: names quoted by the server, and the mappings as
-- [{token, dictionaries (in the order they are consulted)}] in the parser's token order.
-- Extension-owned ones are left out.
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
)
select c.oid,
       ns.nspname || '.' || c.cfgname as name,
       format('%%I.%%I', ns.nspname, c.cfgname) as qname,
       format('%%I.%%I', pn.nspname, p.prsname) as parser,
       coalesce((
           select jsonb_agg(jsonb_build_object('token', quote_ident(m.alias), 'dictionaries', m.dicts) order by m.tokid)
           from (
               select tt.tokid, tt.alias,
                      jsonb_agg(format('%%I.%%I', dn.nspname, d.dictname) order by cm.mapseqno) as dicts
               from pg_ts_config_map cm
               join pg_ts_dict d on d.oid = cm.mapdict
               join pg_namespace dn on dn.oid = d.dictnamespace
               join ts_token_type(c.cfgparser) tt on tt.tokid = cm.maptokentype
               where cm.mapcfg = c.oid
               group by tt.tokid, tt.alias
           ) m
       ), '[]'::jsonb) as mappings
from pg_ts_config c
join ns on ns.oid = c.cfgnamespace
join pg_ts_parser p on p.oid = c.cfgparser
join pg_namespace pn on pn.oid = p.prsnamespace
where not exists (
    select 1 from pg_depend e
    where e.classid = 'pg_ts_config'::regclass and e.objid = c.oid and e.deptype = 'e'
)
order by name
