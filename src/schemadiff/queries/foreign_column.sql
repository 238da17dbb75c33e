-- kind: foreign_column. The per-column options of foreign tables (ALTER FOREIGN TABLE …
-- ALTER COLUMN … OPTIONS); the columns themselves are of the column kind. Only columns that
-- have options. Secret options (password, secret, token, key, credential) are left out.
-- definition: options (<name=value, sorted>)
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
)
select
    ns.nspname || '.' || c.relname || '.' || a.attname as identity,
    'options (' || array_to_string(array(
        select o from unnest(a.attfdwoptions) o
        where split_part(o, '=', 1) !~* '(password|passwd|secret|token|key|credential)'
        order by o), ', ') || ')' as definition,
    ns.nspname || '.' || c.relname as parent
from pg_attribute a
join pg_class c on c.oid = a.attrelid
join ns on ns.oid = c.relnamespace
where c.relkind = 'f'
  and a.attnum > 0
  and not a.attisdropped
  and exists (
      select from unnest(a.attfdwoptions) o
      where split_part(o, '=', 1) !~* '(password|passwd|secret|token|key|credential)'
  )
  and not exists (
      select from pg_depend d
      where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e'
  )
