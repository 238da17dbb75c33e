-- (psycopg parameters: literal percent signs are doubled.)
-- Row level security switches of every table in the managed schemas, with the quoted
-- name the statements need. Used by the rls diff family (migra ignores FORCE).
select format('%%I.%%I', n.nspname, c.relname) as quoted_name,
       n.nspname || '.' || c.relname as identity,
       c.relrowsecurity as enabled,
       c.relforcerowsecurity as forced
from pg_class c
join pg_namespace n on n.oid = c.relnamespace
where c.relkind in ('r', 'p')
  and n.nspname not in ('pg_catalog', 'information_schema')
  and n.nspname !~ '^pg_(toast|temp)'
  and (cardinality(%(include)s::text[]) = 0 or n.nspname = any(%(include)s::text[]))
  and not n.nspname = any(%(exclude)s::text[])
  and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e')
