-- The managed schemas, the one filter every query shares: each query opens with
-- `with ns as ( /* managed schemas: ... */ )` and query_files.py puts this select there.
-- Never the system schemas; then the include list (all when empty), minus the exclude list.
-- SchemaFilter.allows (catalog.py) is its Python mirror. Parameters: include, exclude (text[]).
select n.oid, n.nspname
    from pg_namespace n
    where n.nspname not in ('pg_catalog', 'information_schema')
      and n.nspname !~ '^pg_(toast|temp)'
      and (cardinality(%(include)s::text[]) = 0 or n.nspname = any(%(include)s::text[]))
      and n.nspname <> all(%(exclude)s::text[])
