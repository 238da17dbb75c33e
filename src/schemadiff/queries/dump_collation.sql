-- dump: collations of the schemas in scope (not extension-owned), with what CREATE
-- COLLATION needs. The locale columns differ across majors (PostgreSQL 15 and 16:
-- colliculocale; 17+: colllocale; 16+: collicurules), so they are read from the row as
-- jsonb. collversion is left to the server (it records the library version of the machine
-- the collation is created on), as in the catalog's `collation` kind.
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
)
select c.oid,
       quote_ident(ns.nspname) || '.' || quote_ident(c.collname) as qname,
       c.collprovider::text as provider,
       c.collisdeterministic as deterministic,
       c.collcollate as lc_collate,
       c.collctype as lc_ctype,
       coalesce(to_jsonb(c) ->> 'colllocale', to_jsonb(c) ->> 'colliculocale') as locale,
       to_jsonb(c) ->> 'collicurules' as rules
from pg_collation c
join ns on ns.oid = c.collnamespace
where not exists (
    select from pg_depend d
    where d.classid = 'pg_collation'::regclass and d.objid = c.oid and d.deptype = 'e'
)
order by 2
