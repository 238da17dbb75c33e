-- (psycopg parameters: literal percent signs are doubled.)
-- Rewrite rules on the managed schemas' relations (not a view's _RETURN rule, which is the
-- view), rendered for the rules family and the dump: `def` is pg_get_ruledef (names as the
-- session's search_path shows them), without its trailing semicolon.
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
)
select format('%%I.%%I', n.nspname, c.relname) as quoted_table,
       n.nspname || '.' || c.relname as table_name,
       format('%%I', r.rulename) as quoted_name,
       r.rulename as name,
       r.oid,
       c.oid as relid,
       c.relkind,
       rtrim(pg_get_ruledef(r.oid, true), ';') as def,
       r.ev_enabled as enabled
from pg_rewrite r
join pg_class c on c.oid = r.ev_class
join pg_namespace n on n.oid = c.relnamespace
where r.rulename <> '_RETURN'
  and n.nspname in (select ns.nspname from ns)
  and not exists (select from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e')
order by 2, 4
