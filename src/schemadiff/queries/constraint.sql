-- kind: constraint. Table constraints (check, foreign key, primary key, unique, exclusion,
-- constraint triggers). Constraints of domains (conrelid = 0) are part of the `type` kind.
--
-- NOT NULL constraints (contype 'n', stored in pg_constraint from PG 18 on) are EXCLUDED:
-- not-null is already part of the `column` kind, and the generated constraint name of a
-- column declared NOT NULL can differ from that of one altered to NOT NULL later, which
-- would report a difference where the schemas are the same.
--
-- definition: contype=<c|f|p|u|x|t> <pg_get_constraintdef> deferrable=<bool> deferred=<bool>
--             validated=<bool>
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
)
select
    ns.nspname || '.' || c.relname || '.' || con.conname as identity,
    'contype=' || con.contype::text || ' ' || pg_get_constraintdef(con.oid)
    || ' deferrable=' || con.condeferrable::text
    || ' deferred=' || con.condeferred::text
    || ' validated=' || con.convalidated::text as definition,
    ns.nspname || '.' || c.relname as parent
from pg_constraint con
join pg_class c on c.oid = con.conrelid
join ns on ns.oid = c.relnamespace
where con.conrelid <> 0
  and con.contype <> 'n'
  and not exists (
      select from pg_depend d
      where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e'
  )
