-- dump: every comment on an object of the schemas in scope, as the target of COMMENT ON
-- (names quoted by the server) and the comment as a literal. node is the dumped object
-- the comment goes with ('rel:<oid>' for a relation and its columns, 'fn:', 'type:' for
-- a type, its domain constraints and composite attributes, 'con:', 'trg:', 'pol:',
-- 'nsp:', 'ext:', 'coll:', 'tsd:', 'tsc:'); position orders the comments of one node
-- (attnum for columns).
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
),
ext as (
    select d.classid, d.objid from pg_depend d
    where d.deptype = 'e' or (d.deptype = 'i' and d.classid = 'pg_proc'::regclass)
),
rel as (
    select c.oid, c.relkind, c.reltype, quote_ident(ns.nspname) || '.' || quote_ident(c.relname) as qname
    from pg_class c join ns on ns.oid = c.relnamespace
    where c.oid not in (select objid from ext where classid = 'pg_class'::regclass)
),
described (node, target, position, description) as (
    select case when r.relkind = 'c' then 'type:' || r.reltype else 'rel:' || r.oid end,
           case when d.objsubid <> 0 then 'column ' || r.qname || '.' || quote_ident(a.attname)
                else case r.relkind when 'S' then 'sequence' when 'v' then 'view'
                                    when 'm' then 'materialized view' when 'f' then 'foreign table' else 'table' end
                     || ' ' || r.qname end,
           d.objsubid, d.description
    from pg_description d
    join rel r on d.classoid = 'pg_class'::regclass and r.oid = d.objoid
    left join pg_attribute a on a.attrelid = r.oid and a.attnum = d.objsubid and d.objsubid > 0
    where r.relkind in ('r', 'p', 'f', 'v', 'm', 'S', 'c')
      and (d.objsubid = 0 or a.attname is not null)
      and (r.relkind <> 'c' or d.objsubid > 0)  -- COMMENT ON TYPE is stored on pg_type
    union all
    select 'rel:' || r.oid, 'index ' || r.qname, 0, d.description
    from pg_description d
    join rel r on d.classoid = 'pg_class'::regclass and r.oid = d.objoid
    join pg_index i on i.indexrelid = r.oid
    where r.relkind in ('i', 'I')
      and i.indrelid not in (select objid from ext where classid = 'pg_class'::regclass)
    union all
    select 'fn:' || p.oid,
           case p.prokind when 'p' then 'procedure ' when 'a' then 'aggregate ' else 'function ' end
           || quote_ident(ns.nspname) || '.' || quote_ident(p.proname)
           || '(' || pg_get_function_identity_arguments(p.oid) || ')',
           0, d.description
    from pg_description d
    join pg_proc p on d.classoid = 'pg_proc'::regclass and p.oid = d.objoid
    join ns on ns.oid = p.pronamespace
    where p.oid not in (select objid from ext where classid = 'pg_proc'::regclass)
    union all
    select 'type:' || t.oid, 'type ' || quote_ident(ns.nspname) || '.' || quote_ident(t.typname), 0, d.description
    from pg_description d
    join pg_type t on d.classoid = 'pg_type'::regclass and t.oid = d.objoid
    join ns on ns.oid = t.typnamespace
    where t.oid not in (select objid from ext where classid = 'pg_type'::regclass)
    union all
    select 'nsp:' || ns.oid, 'schema ' || quote_ident(ns.nspname), 0, d.description
    from pg_description d
    join ns on d.classoid = 'pg_namespace'::regclass and ns.oid = d.objoid
    union all
    select case when con.conrelid <> 0 then 'con:' || con.oid else 'type:' || con.contypid end,
           'constraint ' || quote_ident(con.conname) || ' on '
           || case when con.conrelid <> 0 then r.qname
                   else 'domain ' || quote_ident(ns.nspname) || '.' || quote_ident(t.typname) end,
           -- after the comment on the domain itself
           case when con.conrelid <> 0 then 0 else 1 end, d.description
    from pg_description d
    join pg_constraint con on d.classoid = 'pg_constraint'::regclass and con.oid = d.objoid
    left join rel r on r.oid = con.conrelid
    left join pg_type t on t.oid = con.contypid
    join ns on ns.oid = con.connamespace
    where con.contype <> 'n' and (r.oid is not null or t.oid is not null)
      and coalesce(t.oid, 0) not in (select objid from ext where classid = 'pg_type'::regclass)
    union all
    select 'trg:' || tg.oid, 'trigger ' || quote_ident(tg.tgname) || ' on ' || r.qname, 0, d.description
    from pg_description d
    join pg_trigger tg on d.classoid = 'pg_trigger'::regclass and tg.oid = d.objoid
    join rel r on r.oid = tg.tgrelid
    where not tg.tgisinternal
    union all
    select 'pol:' || pol.oid, 'policy ' || quote_ident(pol.polname) || ' on ' || r.qname, 0, d.description
    from pg_description d
    join pg_policy pol on d.classoid = 'pg_policy'::regclass and pol.oid = d.objoid
    join rel r on r.oid = pol.polrelid
    union all
    select 'ext:' || e.oid, 'extension ' || quote_ident(e.extname), 0, d.description
    from pg_description d
    join pg_extension e on d.classoid = 'pg_extension'::regclass and e.oid = d.objoid
    join ns on ns.oid = e.extnamespace
    union all
    select 'coll:' || co.oid, 'collation ' || quote_ident(ns.nspname) || '.' || quote_ident(co.collname), 0, d.description
    from pg_description d
    join pg_collation co on d.classoid = 'pg_collation'::regclass and co.oid = d.objoid
    join ns on ns.oid = co.collnamespace
    where co.oid not in (select objid from ext where classid = 'pg_collation'::regclass)
    union all
    select 'tsd:' || td.oid, 'text search dictionary ' || quote_ident(ns.nspname) || '.' || quote_ident(td.dictname),
           0, d.description
    from pg_description d
    join pg_ts_dict td on d.classoid = 'pg_ts_dict'::regclass and td.oid = d.objoid
    join ns on ns.oid = td.dictnamespace
    where td.oid not in (select objid from ext where classid = 'pg_ts_dict'::regclass)
    union all
    select 'tsc:' || tc.oid, 'text search configuration ' || quote_ident(ns.nspname) || '.' || quote_ident(tc.cfgname),
           0, d.description
    from pg_description d
    join pg_ts_config tc on d.classoid = 'pg_ts_config'::regclass and tc.oid = d.objoid
    join ns on ns.oid = tc.cfgnamespace
    where tc.oid not in (select objid from ext where classid = 'pg_ts_config'::regclass)
)
select node, target, position, description, quote_literal(description) as literal
from described
order by node, position, target
