-- kind: table. Ordinary, partitioned and foreign tables; their columns, constraints,
-- indexes, triggers, policies and RLS flags are kinds of their own.
-- definition: <ordinary|partitioned|foreign> [unlogged] [partition by <key>]
--             [partition of <parent> <bound>] [inherits (<parents in order>)] [of type <type>]
--             [using <access method>] [server <name> [options (...)]] [with (<reloptions, sorted>)]
--             replica identity <d|n|f|i>
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
),
parents as (
    -- pg_inherits also links partitioned indexes; the join below keeps table rows only
    select i.inhrelid,
           string_agg(quote_ident(pn.nspname) || '.' || quote_ident(pc.relname), ', ' order by i.inhseqno) as names
    from pg_inherits i
    join pg_class pc on pc.oid = i.inhparent
    join pg_namespace pn on pn.oid = pc.relnamespace
    group by i.inhrelid
)
select
    ns.nspname || '.' || c.relname as identity,
    case c.relkind when 'r' then 'ordinary' when 'p' then 'partitioned' else 'foreign' end
    || case when c.relpersistence = 'u' then ' unlogged' else '' end
    || coalesce(' partition by ' || pg_get_partkeydef(c.oid), '')
    || case when c.relispartition
           then ' partition of ' || p.names || ' ' || pg_get_expr(c.relpartbound, c.oid)
           else coalesce(' inherits (' || p.names || ')', '') end
    || coalesce(' of type ' || format_type(nullif(c.reloftype, 0), null), '')
    || coalesce(' using ' || quote_ident(am.amname), '')
    || coalesce(' server ' || quote_ident(fs.srvname), '')
    || case when ft.ftoptions is not null then
           -- an option named like a secret is never read (docs/foreign-data.md)
           coalesce(' options (' || nullif(array_to_string(array(select o from unnest(ft.ftoptions) o
               where split_part(o, '=', 1) !~* '(password|passwd|secret|token|key|credential)' order by o), ', '), '') || ')', '')
       else '' end
    || case when c.reloptions is not null then
           ' with (' || array_to_string(array(select o from unnest(c.reloptions) o order by o), ', ') || ')'
       else '' end
    || ' replica identity ' || c.relreplident::text as definition,
    '' as parent
from pg_class c
join ns on ns.oid = c.relnamespace
left join parents p on p.inhrelid = c.oid
left join pg_am am on am.oid = c.relam
left join pg_foreign_table ft on ft.ftrelid = c.oid
left join pg_foreign_server fs on fs.oid = ft.ftserver
where c.relkind in ('r', 'p', 'f')
  and not exists (
      select from pg_depend d
      where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e'
  )
