-- kind: text_search_configuration. Text search configurations of the managed schemas (not
-- extension-owned), with their mappings.
-- definition: parser <schema.parser> mapping <token type>: <dictionary>, ... ; ...
-- (token types in the parser's order, each with its dictionaries in the order they are
-- consulted, every name qualified and quoted as needed).
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
)
select
    ns.nspname || '.' || c.cfgname as identity,
    'parser ' || quote_ident(pn.nspname) || '.' || quote_ident(p.prsname)
    || coalesce(' mapping ' || (
        select string_agg(m.token || ': ' || m.dicts, '; ' order by m.tokid)
        from (
            select tt.tokid, tt.alias as token,
                   string_agg(quote_ident(dn.nspname) || '.' || quote_ident(d.dictname), ', ' order by cm.mapseqno) as dicts
            from pg_ts_config_map cm
            join pg_ts_dict d on d.oid = cm.mapdict
            join pg_namespace dn on dn.oid = d.dictnamespace
            join ts_token_type(c.cfgparser) tt on tt.tokid = cm.maptokentype
            where cm.mapcfg = c.oid
            group by tt.tokid, tt.alias
        ) m
    ), '') as definition,
    '' as parent
from pg_ts_config c
join ns on ns.oid = c.cfgnamespace
join pg_ts_parser p on p.oid = c.cfgparser
join pg_namespace pn on pn.oid = p.prsnamespace
where not exists (
    select 1 from pg_depend e
    where e.classid = 'pg_ts_config'::regclass and e.objid = c.oid and e.deptype = 'e'
)
order by 1
