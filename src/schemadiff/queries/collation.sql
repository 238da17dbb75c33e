-- kind: collation. Collations of the managed schemas (not extension-owned).
-- definition: the pg_collation row as jsonb, without what is not the schema's (oid, owner,
-- namespace, name; collversion, which records the OS/ICU library version the collation was
-- created with; collencoding, which is -1 ("any") only for a copy of C/POSIX made with
-- CREATE COLLATION … FROM, a difference without effect in a database that pg_dump does not
-- reproduce either). Its columns differ across majors (PG17 renamed colliculocale to
-- colllocale); fingerprints include the major version anyway.
with ns as (
    -- schemas in scope: never the system ones; then the include list (when non-empty), minus the exclude list
    select n.oid, n.nspname
    from pg_namespace n
    where n.nspname not in ('pg_catalog', 'information_schema')
      and n.nspname !~ '^pg_(toast|temp)'
      and (cardinality(%(include)s::text[]) = 0 or n.nspname = any(%(include)s::text[]))
      and n.nspname <> all(%(exclude)s::text[])
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
