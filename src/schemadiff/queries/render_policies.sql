-- render: every row level security policy as the plan writes it (its expressions by
-- pg_get_expr under the render settings, its roles in the policy's own order, as migra's
-- inspector reads them), for diff/plain_structure.py: a policy added to, dropped from or
-- changed on an existing table. Policies of extensions' tables are left out (as
-- queries/policy.sql).
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
)
select
    ns.nspname || '.' || c.relname || '.' || pol.polname as identity,
    pol.polcmd::text as command,
    pol.polpermissive as permissive,
    (select array_agg(case when r.oid = 0 then 'public' else pg_get_userbyid(r.oid) end)
     from unnest(pol.polroles) as r(oid)) as roles,
    pg_get_expr(pol.polqual, pol.polrelid) as using_expression,
    pg_get_expr(pol.polwithcheck, pol.polrelid) as check_expression
from pg_policy pol
join pg_class c on c.oid = pol.polrelid
join ns on ns.oid = c.relnamespace
where not exists (
    select from pg_depend d
    where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e'
)
