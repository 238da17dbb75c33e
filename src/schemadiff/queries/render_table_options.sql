-- (psycopg parameters: literal percent signs are doubled.)
-- Storage parameters of tables and materialized views in their stored order (our catalog sorts them; pg_dump, and so
-- a table built from schema/, keeps the order they were given in). Used by the table
-- options family to end with the same order.
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
)
select n.nspname || '.' || c.relname as identity,
       c.reloptions as options,
       c.relkind::text as relkind
from pg_class c
join pg_namespace n on n.oid = c.relnamespace
where c.relkind in ('r', 'p', 'm') and c.reloptions is not null
  and n.nspname in (select ns.nspname from ns)
