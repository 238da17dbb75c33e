-- kind: publication. A publication belongs to no schema: it is managed when every table and
-- schema it publishes is in a managed schema (and it publishes one), or, publishing none
-- (FOR ALL TABLES, or an empty one), when no include list limits the managed schemas (the
-- whole database is managed). One object for the publication, one per published table and
-- per published schema (parent: the publication).
-- definition: publication: all_tables=<t|f> publish=<insert, update, delete, truncate>
--             via_root=<t|f> [generated=<n|s>] (PostgreSQL 18+)
--             '<pub> table <schema.table>': [only] [(<columns>)] [where (<row filter>)]
--             '<pub> tables in schema <schema>': (empty)
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
    select p.oid, p.pubname, p.puballtables, p.pubinsert, p.pubupdate, p.pubdelete, p.pubtruncate, p.pubviaroot,
           to_jsonb(p) ->> 'pubgencols' as gencols
    from pg_publication p
    where case when exists (select from member m where m.pubid = p.oid)
               then not exists (select from member m where m.pubid = p.oid and m.nspid not in (select oid from ns))
               else cardinality(%(include)s::text[]) = 0 end
)
select
    p.pubname as identity,
    'all_tables=' || p.puballtables::text
    || ' publish=' || concat_ws(', ', case when p.pubinsert then 'insert' end, case when p.pubupdate then 'update' end,
                                case when p.pubdelete then 'delete' end, case when p.pubtruncate then 'truncate' end)
    || ' via_root=' || p.pubviaroot::text
    || coalesce(' generated=' || p.gencols, '') as definition,
    '' as parent
from managed p
union all
select
    p.pubname || ' table ' || n.nspname || '.' || c.relname,
    concat_ws(' ',
        '(' || (select string_agg(quote_ident(a.attname), ', ' order by a.attnum)
                from pg_attribute a where a.attrelid = pr.prrelid and a.attnum = any(pr.prattrs)) || ')',
        'where (' || pg_get_expr(pr.prqual, pr.prrelid) || ')'),
    p.pubname
from managed p
join pg_publication_rel pr on pr.prpubid = p.oid
join pg_class c on c.oid = pr.prrelid
join pg_namespace n on n.oid = c.relnamespace
union all
select p.pubname || ' tables in schema ' || n.nspname, '', p.pubname
from managed p
join pg_publication_namespace pn on pn.pnpubid = p.oid
join pg_namespace n on n.oid = pn.pnnspid
order by 1
