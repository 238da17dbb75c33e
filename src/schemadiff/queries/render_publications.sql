-- (psycopg parameters: literal percent signs are doubled.)
-- Publications in scope (see queries/publication.sql for the scope), rendered for the
-- publications family and the dump: the options, and `members`, one per published table or
-- schema: `key` as the catalog names it ('table <schema.table>', 'tables in schema <schema>')
-- and `clause`, the text of the FOR / ADD item (row filters as the session's search_path
-- shows them).
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
),
member as (
    select pr.prpubid as pubid, c.relnamespace as nspid
    from pg_publication_rel pr join pg_class c on c.oid = pr.prrelid
    union all
    select pn.pnpubid, pn.pnnspid from pg_publication_namespace pn
),
managed as (
    select p.*
    from pg_publication p
    where case when exists (select from member m where m.pubid = p.oid)
               then not exists (select from member m where m.pubid = p.oid and m.nspid not in (select oid from ns))
               else cardinality(%(include)s::text[]) = 0 end
),
members as (
    select pr.prpubid as pubid,
           'table ' || n.nspname || '.' || c.relname as key,
           concat_ws(' ',
               'table' || case when c.relkind = 'r' and c.relhassubclass then ' only' else '' end,
               format('%%I.%%I', n.nspname, c.relname),
               '(' || (select string_agg(format('%%I', a.attname), ', ' order by a.attnum)
                       from pg_attribute a where a.attrelid = pr.prrelid and a.attnum = any(pr.prattrs)) || ')',
               'where (' || pg_get_expr(pr.prqual, pr.prrelid) || ')') as clause,
           format('table only %%I.%%I', n.nspname, c.relname) as drop_clause
    from pg_publication_rel pr
    join pg_class c on c.oid = pr.prrelid
    join pg_namespace n on n.oid = c.relnamespace
    union all
    select pn.pnpubid, 'tables in schema ' || n.nspname, format('tables in schema %%I', n.nspname),
           format('tables in schema %%I', n.nspname)
    from pg_publication_namespace pn
    join pg_namespace n on n.oid = pn.pnnspid
)
select p.oid,
       format('%%I', p.pubname) as quoted_name,
       p.pubname as name,
       p.puballtables as all_tables,
       concat_ws(', ', case when p.pubinsert then 'insert' end, case when p.pubupdate then 'update' end,
                 case when p.pubdelete then 'delete' end, case when p.pubtruncate then 'truncate' end) as publish,
       p.pubviaroot as via_root,
       to_jsonb(p) ->> 'pubgencols' as generated,
       coalesce((select jsonb_agg(jsonb_build_object('key', m.key, 'clause', m.clause, 'drop_clause', m.drop_clause)
                                  order by m.key)
                 from members m where m.pubid = p.oid), '[]'::jsonb) as members
from managed p
order by p.pubname
