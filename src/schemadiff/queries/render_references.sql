-- (psycopg parameters: literal percent signs are doubled.)
-- Foreign keys between tables, as (table, referenced table) identities: the order in which Citus
-- can distribute existing tables (a referenced table before the tables that reference it).
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
)
select distinct ns.nspname || '.' || c.relname as identity,
       rn.nspname || '.' || r.relname as referenced
from pg_constraint k
join pg_class c on c.oid = k.conrelid
join ns on ns.oid = c.relnamespace
join pg_class r on r.oid = k.confrelid
join pg_namespace rn on rn.oid = r.relnamespace
where k.contype = 'f' and k.conrelid <> k.confrelid
