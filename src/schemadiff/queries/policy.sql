-- kind: policy. Row level security policies.
-- definition: as <permissive|restrictive> for <all|select|insert|update|delete>
--             to <role names, sorted; public for the PUBLIC pseudo-role (oid 0)>
--             [using (<expr>)] [with check (<expr>)]
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
)
select
    ns.nspname || '.' || c.relname || '.' || pol.polname as identity,
    'as ' || case when pol.polpermissive then 'permissive' else 'restrictive' end
    || ' for ' || case pol.polcmd
                  when 'r' then 'select' when 'a' then 'insert' when 'w' then 'update'
                  when 'd' then 'delete' else 'all' end
    || ' to ' || (
        select string_agg(rn.name, ', ' order by rn.name)
        from (select case when r.oid = 0 then 'public' else quote_ident(ro.rolname) end as name
              from unnest(pol.polroles) as r(oid)
              left join pg_roles ro on ro.oid = r.oid) rn)
    || coalesce(' using (' || pg_get_expr(pol.polqual, pol.polrelid) || ')', '')
    || coalesce(' with check (' || pg_get_expr(pol.polwithcheck, pol.polrelid) || ')', '') as definition,
    ns.nspname || '.' || c.relname as parent
from pg_policy pol
join pg_class c on c.oid = pol.polrelid
join ns on ns.oid = c.relnamespace
where not exists (
    select from pg_depend d
    where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e'
)
