-- kind: collation. Collations of the managed schemas (not extension-owned).
-- definition: the pg_collation row as jsonb, without what is not the schema's (oid, owner,
-- namespace, name; collversion, which records the OS/ICU library version the collation was
-- created with; collencoding, which is -1 ("any") only for a copy of C/POSIX made with
-- CREATE COLLATION … FROM, a difference without effect in a database that pg_dump does not
-- reproduce either). Its columns differ across majors (PG17 renamed colliculocale to
-- colllocale); fingerprints include the major version anyway.
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
)
select
    ns.nspname || '.' || c.collname as identity,
    (to_jsonb(c) - 'oid' - 'collname' - 'collnamespace' - 'collowner' - 'collversion' - 'collencoding')::text as definition,
    '' as parent
from pg_collation c
join ns on ns.oid = c.collnamespace
where not exists (
    select 1 from pg_depend d
    where d.classid = 'pg_collation'::regclass and d.objid = c.oid and d.deptype = 'e'
)
order by 1
