-- kind: comment. COMMENT ON text of the objects the other kinds list (pg_description;
-- shared objects such as roles are out of scope).
-- identity: '<kind> <identity>' with the kind and identity of the commented object, e.g.
--           'table public.users', 'column public.users.email', 'function public.f(integer)',
--           'policy public.users.p', 'index public.i', 'type public.e', 'schema public'.
--           Constraints of domains are 'constraint <schema>.<domain>.<name>' (a domain and a
--           table cannot share a name in one schema).
-- definition: the comment text.
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
),
-- the comments of objects made after initdb (FirstNormalObjectId: every object of a managed
-- schema), and of schemas (`public` is older): read once, not by each branch below (the
-- built-in objects' thousands of comments)
dsc as (
    select d.objoid, d.classoid, d.objsubid, d.description
    from pg_description d
    where d.objoid >= 16384 or d.classoid = 'pg_namespace'::regclass
),
ext as (
    -- everything an extension owns, and the functions created implicitly with another
    -- object (range constructors), as left out of the `function` kind
    select d.classid, d.objid
    from pg_depend d
    where d.deptype = 'e' or (d.deptype = 'i' and d.classid = 'pg_proc'::regclass)
),
described (identity, description) as (
    -- relations (objsubid 0) and their columns (objsubid = attnum)
    select
        case when d.objsubid <> 0 then 'column ' || ns.nspname || '.' || c.relname || '.' || a.attname
             else case c.relkind when 'S' then 'sequence' when 'v' then 'view'
                                 when 'm' then 'materialized_view' when 'i' then 'index'
                                 when 'I' then 'index' else 'table' end
                  || ' ' || ns.nspname || '.' || c.relname end,
        d.description
    from dsc d
    join pg_class c on d.classoid = 'pg_class'::regclass and c.oid = d.objoid
    join ns on ns.oid = c.relnamespace
    left join pg_attribute a on a.attrelid = c.oid and a.attnum = d.objsubid and d.objsubid > 0
    left join pg_index i on i.indexrelid = c.oid
    where c.relkind in ('r', 'p', 'f', 'v', 'm', 'S', 'i', 'I', 'c')
      and (d.objsubid = 0 or a.attname is not null)
      and (c.relkind <> 'c' or d.objsubid > 0)  -- COMMENT ON TYPE is stored on pg_type
      and c.oid not in (select objid from ext where classid = 'pg_class'::regclass)
      and coalesce(i.indrelid, 0) not in (select objid from ext where classid = 'pg_class'::regclass)
    union all
    select 'function ' || ns.nspname || '.' || p.proname || '(' || oidvectortypes(p.proargtypes) || ')',
           d.description
    from dsc d
    join pg_proc p on d.classoid = 'pg_proc'::regclass and p.oid = d.objoid
    join ns on ns.oid = p.pronamespace
    where p.oid not in (select objid from ext where classid = 'pg_proc'::regclass)
    union all
    -- the same types as the `type` kind
    select 'type ' || ns.nspname || '.' || t.typname, d.description
    from dsc d
    join pg_type t on d.classoid = 'pg_type'::regclass and t.oid = d.objoid
    join ns on ns.oid = t.typnamespace
    left join pg_class rel on rel.oid = t.typrelid
    where (t.typtype in ('e', 'd', 'r') or (t.typtype = 'c' and rel.relkind = 'c'))
      and t.oid not in (select objid from ext where classid = 'pg_type'::regclass)
    union all
    select 'schema ' || ns.nspname, d.description
    from dsc d
    join ns on d.classoid = 'pg_namespace'::regclass and ns.oid = d.objoid
    where ns.oid not in (select objid from ext where classid = 'pg_namespace'::regclass)
    union all
    -- table and domain constraints; NOT NULL ones (contype 'n') are left out as in the
    -- `constraint` kind, since their generated names are not stable
    select 'constraint ' || ns.nspname || '.' || coalesce(c.relname, t.typname) || '.' || con.conname,
           d.description
    from dsc d
    join pg_constraint con on d.classoid = 'pg_constraint'::regclass and con.oid = d.objoid
    left join pg_class c on c.oid = con.conrelid
    left join pg_type t on t.oid = con.contypid
    join ns on ns.oid = coalesce(c.relnamespace, t.typnamespace)
    where con.contype <> 'n'
      and coalesce(c.oid, 0) not in (select objid from ext where classid = 'pg_class'::regclass)
      and coalesce(t.oid, 0) not in (select objid from ext where classid = 'pg_type'::regclass)
    union all
    select 'trigger ' || ns.nspname || '.' || c.relname || '.' || tg.tgname, d.description
    from dsc d
    join pg_trigger tg on d.classoid = 'pg_trigger'::regclass and tg.oid = d.objoid
    join pg_class c on c.oid = tg.tgrelid
    join ns on ns.oid = c.relnamespace
    where not tg.tgisinternal
      and c.oid not in (select objid from ext where classid = 'pg_class'::regclass)
    union all
    select 'policy ' || ns.nspname || '.' || c.relname || '.' || pol.polname, d.description
    from dsc d
    join pg_policy pol on d.classoid = 'pg_policy'::regclass and pol.oid = d.objoid
    join pg_class c on c.oid = pol.polrelid
    join ns on ns.oid = c.relnamespace
    where c.oid not in (select objid from ext where classid = 'pg_class'::regclass)
    union all
    select 'extension ' || e.extname, d.description
    from dsc d
    join pg_extension e on d.classoid = 'pg_extension'::regclass and e.oid = d.objoid
    join ns on ns.oid = e.extnamespace
    union all
    select 'collation ' || ns.nspname || '.' || co.collname, d.description
    from dsc d
    join pg_collation co on d.classoid = 'pg_collation'::regclass and co.oid = d.objoid
    join ns on ns.oid = co.collnamespace
    where co.oid not in (select objid from ext where classid = 'pg_collation'::regclass)
    union all
    select 'text_search_dictionary ' || ns.nspname || '.' || td.dictname, d.description
    from dsc d
    join pg_ts_dict td on d.classoid = 'pg_ts_dict'::regclass and td.oid = d.objoid
    join ns on ns.oid = td.dictnamespace
    where td.oid not in (select objid from ext where classid = 'pg_ts_dict'::regclass)
    union all
    select 'text_search_configuration ' || ns.nspname || '.' || tc.cfgname, d.description
    from dsc d
    join pg_ts_config tc on d.classoid = 'pg_ts_config'::regclass and tc.oid = d.objoid
    join ns on ns.oid = tc.cfgnamespace
    where tc.oid not in (select objid from ext where classid = 'pg_ts_config'::regclass)
    union all
    -- event triggers belong to no schema: in scope with their function's schema
    select 'event_trigger ' || ev.evtname, d.description
    from dsc d
    join pg_event_trigger ev on d.classoid = 'pg_event_trigger'::regclass and ev.oid = d.objoid
    join pg_proc p on p.oid = ev.evtfoid
    join ns on ns.oid = p.pronamespace
    where ev.oid not in (select objid from ext where classid = 'pg_event_trigger'::regclass)
)
select identity, description as definition, '' as parent
from described
