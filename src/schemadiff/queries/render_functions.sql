-- render: what migra's inspector (schemainspect's functions query) compares of a function or
-- procedure, and its definition as the plan writes it, for diff/plain_functions.py (a function
-- changed in its body or attributes). Aggregates and the routines of extensions (or made with
-- another object) are left out, as in queries/function.sql.
-- identity: as queries/function.sql names the function, which reads its argument types with an
--           empty search_path: a type outside pg_catalog qualified (public.email, public.vector[]),
--           though this query runs with the render search_path (see the lateral q below).
-- source, language, volatility, strictness, security: schemainspect's definition (prosrc),
--           language (upper case), volatility, strictness and security type, in its words.
-- identity_arguments, result: pg_get_function_identity_arguments, pg_get_function_result.
-- definition: pg_get_functiondef under the render settings, as migra writes it.
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
),
-- the managed schemas' routines first, with their schema's name (materialized: else the planner
-- may print the arguments of every routine of pg_catalog, some 3,000, before it joins the schemas)
procs as materialized (
    select ns.nspname, p.*
    from pg_proc p
    join ns on ns.oid = p.pronamespace
    where p.prokind <> 'a'
      and not exists (
          select from pg_depend d
          where d.classid = 'pg_proc'::regclass and d.objid = p.oid and d.deptype in ('e', 'i')
      )
)
select
    p.nspname || '.' || p.proname || '(' || q.arguments || ')' as identity,
    p.nspname as schema_name,
    p.proname as function_name,
    p.prosrc as source,
    upper(l.lanname) as language,
    case p.provolatile when 'i' then 'IMMUTABLE' when 's' then 'STABLE' when 'v' then 'VOLATILE' end as volatility,
    case when p.proisstrict then 'RETURNS NULL ON NULL INPUT' else 'CALLED ON NULL INPUT' end as strictness,
    case when p.prosecdef then 'SECURITY DEFINER' else 'SECURITY INVOKER' end as security,
    p.prokind::text as kind,
    pg_get_function_identity_arguments(p.oid) as identity_arguments,
    pg_get_function_result(p.oid) as result,
    pg_get_functiondef(p.oid) as definition
from procs p
join pg_language l on l.oid = p.prolang
-- each argument type as format_type prints it with an empty search_path: a pg_catalog type
-- as format_type prints it with any; another qualified by its schema, an array of one as its
-- element's name and []
cross join lateral (
    select coalesce(string_agg(
               case
                   when t.typnamespace = 'pg_catalog'::regnamespace then format_type(t.oid, null)
                   when e.oid is not null then quote_ident(en.nspname) || '.' || quote_ident(e.typname) || '[]'
                   else quote_ident(tn.nspname) || '.' || quote_ident(t.typname)
               end, ', ' order by a.position), '') as arguments
    from unnest(p.proargtypes::oid[]) with ordinality as a(type, position)
    join pg_type t on t.oid = a.type
    join pg_namespace tn on tn.oid = t.typnamespace
    left join pg_type e
        on e.oid = t.typelem and t.typsubscript = 'array_subscript_handler'::regproc and t.typstorage <> 'p'
    left join pg_namespace en on en.oid = e.typnamespace
) as q
