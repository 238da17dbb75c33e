-- Every commentable object of the managed schemas with its comment (or null), named the
-- way COMMENT ON accepts it (pg_identify_object quotes as needed). Used by the comments
-- diff family (migra ignores comments). Objects owned by extensions are left out.
-- identity: the object's comment identity in the catalog (queries/comment.sql), built the
-- same way in each branch, so that a read scoped to the comments that differ
-- (snapshot.scoped_query) filters before pg_identify_object runs.
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
),
-- relations and their columns (most of the rows) are named here as pg_identify_object names
-- them (quote_ident, its type words), without calling it for each of them
relation_type (relkind, type, kind) as (
    values ('r'::"char", 'table', 'table'), ('p', 'table', 'table'), ('v', 'view', 'view'),
           ('m', 'materialized view', 'materialized_view'), ('S', 'sequence', 'sequence'),
           ('i', 'index', 'index'), ('I', 'index', 'index'), ('f', 'foreign table', 'table')
),
named as (
    select 'pg_class'::regclass as classid, c.oid as objid, 0 as objsubid,
           rt.type, quote_ident(n.nspname) || '.' || quote_ident(c.relname) as quoted_identity,
           rt.kind || ' ' || n.nspname || '.' || c.relname as identity
    from pg_class c join ns n on n.oid = c.relnamespace join relation_type rt on rt.relkind = c.relkind
    union all
    select 'pg_class'::regclass, c.oid, a.attnum,
           rt.type || ' column',
           quote_ident(n.nspname) || '.' || quote_ident(c.relname) || '.' || quote_ident(a.attname),
           'column ' || n.nspname || '.' || c.relname || '.' || a.attname
    from pg_attribute a
    join pg_class c on c.oid = a.attrelid
    join ns n on n.oid = c.relnamespace
    join relation_type rt on rt.relkind = c.relkind
    where c.relkind in ('r', 'p', 'v', 'm', 'f') and a.attnum > 0 and not a.attisdropped
),
objects as (
    select 'pg_namespace'::regclass as classid, n.oid as objid, 0 as objsubid,
           'schema ' || n.nspname as identity
    from ns n
    union all
    select 'pg_proc'::regclass, p.oid, 0,
           'function ' || n.nspname || '.' || p.proname || '(' || oidvectortypes(p.proargtypes) || ')'
    from pg_proc p join ns n on n.oid = p.pronamespace
    union all
    select 'pg_type'::regclass, t.oid, 0, 'type ' || n.nspname || '.' || t.typname
    from pg_type t join ns n on n.oid = t.typnamespace
    where t.typtype in ('e', 'd', 'r') or (t.typtype = 'c' and exists (select 1 from pg_class c where c.oid = t.typrelid and c.relkind = 'c'))
    union all
    select 'pg_policy'::regclass, p.oid, 0, 'policy ' || n.nspname || '.' || c.relname || '.' || p.polname
    from pg_policy p join pg_class c on c.oid = p.polrelid join ns n on n.oid = c.relnamespace
    union all
    select 'pg_trigger'::regclass, t.oid, 0, 'trigger ' || n.nspname || '.' || c.relname || '.' || t.tgname
    from pg_trigger t join pg_class c on c.oid = t.tgrelid join ns n on n.oid = c.relnamespace
    where not t.tgisinternal
    union all
    select 'pg_constraint'::regclass, k.oid, 0, 'constraint ' || n.nspname || '.' || c.relname || '.' || k.conname
    from pg_constraint k join pg_class c on c.oid = k.conrelid join ns n on n.oid = k.connamespace
    where k.contype <> 'n'
    union all
    select 'pg_collation'::regclass, c.oid, 0, 'collation ' || n.nspname || '.' || c.collname
    from pg_collation c join ns n on n.oid = c.collnamespace
    union all
    select 'pg_ts_dict'::regclass, d.oid, 0, 'text_search_dictionary ' || n.nspname || '.' || d.dictname
    from pg_ts_dict d join ns n on n.oid = d.dictnamespace
    union all
    select 'pg_ts_config'::regclass, c.oid, 0, 'text_search_configuration ' || n.nspname || '.' || c.cfgname
    from pg_ts_config c join ns n on n.oid = c.cfgnamespace
    union all
    select 'pg_extension'::regclass, e.oid, 0, 'extension ' || e.extname
    from pg_extension e join ns n on n.oid = e.extnamespace
    union all
    -- an event trigger belongs to no schema: it is managed with its function's (as in the
    -- event_triggers family)
    select 'pg_event_trigger'::regclass, e.oid, 0, 'event_trigger ' || e.evtname
    from pg_event_trigger e join pg_proc p on p.oid = e.evtfoid join ns n on n.oid = p.pronamespace
),
identified as (
    select o.classid, o.objid, o.objsubid, i.type, i.identity as quoted_identity, o.identity
    from objects o
    cross join lateral pg_identify_object(o.classid, o.objid, o.objsubid) i
    union all
    select classid, objid, objsubid, type, quoted_identity, identity from named
)
select o.type as object_type,
       o.quoted_identity,
       d.description,
       o.identity
from identified o
left join pg_description d on d.classoid = o.classid and d.objoid = o.objid and d.objsubid = o.objsubid
where not exists (
      select 1 from pg_depend e
      where e.classid = o.classid and e.objid = o.objid and e.deptype = 'e'
  )
  and not exists (  -- columns and constraints of extension-owned tables
      select 1 from pg_depend e
      where o.classid = 'pg_class'::regclass and o.objsubid > 0
        and e.classid = 'pg_class'::regclass and e.objid = o.objid and e.deptype = 'e'
  )
