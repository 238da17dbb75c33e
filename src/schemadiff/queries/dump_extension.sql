-- dump: extensions whose objects live in a schema in scope, with the extensions they
-- require and the comment of their control file (the comment CREATE EXTENSION sets).
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
)
select
    e.oid,
    e.extname as name,
    quote_ident(e.extname) as qname,
    quote_ident(ns.nspname) as qschema,
    quote_literal(e.extversion) as version,
    av.comment as default_comment,
    array(select d.refobjid from pg_depend d
          where d.classid = 'pg_extension'::regclass and d.objid = e.oid
            and d.refclassid = 'pg_extension'::regclass
          order by d.refobjid) as requires
from pg_extension e
join ns on ns.oid = e.extnamespace
left join pg_available_extensions av on av.name = e.extname
order by e.extname
