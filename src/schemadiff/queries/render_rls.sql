-- (psycopg parameters: literal percent signs are doubled.)
-- Row level security switches of every table in the managed schemas, with the quoted
-- name the statements need. Used by the rls diff family (migra ignores FORCE).
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
)
select format('%%I.%%I', n.nspname, c.relname) as quoted_name,
       n.nspname || '.' || c.relname as identity,
       c.relrowsecurity as enabled,
       c.relforcerowsecurity as forced
from pg_class c
join pg_namespace n on n.oid = c.relnamespace
where c.relkind in ('r', 'p')
  and n.nspname in (select ns.nspname from ns)
  and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e')
