-- dump: row level security policies; roles sorted, PUBLIC (oid 0) as public.
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
)
select
    pol.oid,
    pol.polrelid as relid,
    quote_ident(pol.polname) as qname,
    pol.polpermissive as permissive,
    case pol.polcmd when 'r' then 'select' when 'a' then 'insert' when 'w' then 'update'
                    when 'd' then 'delete' else 'all' end as command,
    (select string_agg(rn.name, ', ' order by rn.name)
     from (select case when r.oid = 0 then 'public' else quote_ident(ro.rolname) end as name
           from unnest(pol.polroles) as r(oid)
           left join pg_roles ro on ro.oid = r.oid) rn) as roles,
    pg_get_expr(pol.polqual, pol.polrelid) as using_expr,
    pg_get_expr(pol.polwithcheck, pol.polrelid) as check_expr
from pg_policy pol
join pg_class c on c.oid = pol.polrelid
join ns on ns.oid = c.relnamespace
where not exists (
    select from pg_depend d
    where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e'
)
order by ns.nspname, c.relname, pol.polname
