-- kind: sequence. Includes the sequences behind identity columns (marked "identity")
-- and serial-style owned sequences (marked "owned by"). The current value is data, not
-- schema, and is never read.
-- definition: as <type> start increment minvalue maxvalue cache [no] cycle [unlogged]
--             [owned by <table>.<column>] [identity]
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
),
owner_column as (
    -- deptype 'a': OWNED BY (serial); 'i': the sequence of an identity column.
    -- A sequence has at most one such dependency.
    select d.objid as seqoid,
           quote_ident(tn.nspname) || '.' || quote_ident(tc.relname) || '.' || quote_ident(a.attname) as owned_by,
           d.deptype
    from pg_depend d
    join pg_class tc on tc.oid = d.refobjid
    join pg_namespace tn on tn.oid = tc.relnamespace
    join pg_attribute a on a.attrelid = d.refobjid and a.attnum = d.refobjsubid
    where d.classid = 'pg_class'::regclass and d.refclassid = 'pg_class'::regclass
      and d.refobjsubid > 0 and d.deptype in ('a', 'i')
)
select
    ns.nspname || '.' || c.relname as identity,
    'as ' || format_type(s.seqtypid, null)
    || ' start ' || s.seqstart || ' increment ' || s.seqincrement
    || ' minvalue ' || s.seqmin || ' maxvalue ' || s.seqmax || ' cache ' || s.seqcache
    || case when s.seqcycle then ' cycle' else ' no cycle' end
    || case when c.relpersistence = 'u' then ' unlogged' else '' end
    || coalesce(' owned by ' || oc.owned_by, '')
    || case when oc.deptype = 'i' then ' identity' else '' end as definition,
    '' as parent
from pg_class c
join ns on ns.oid = c.relnamespace
join pg_sequence s on s.seqrelid = c.oid
left join owner_column oc on oc.seqoid = c.oid
where c.relkind = 'S'
  and not exists (
      select from pg_depend d
      where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e'
  )
