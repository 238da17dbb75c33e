create table public.companies (id integer primary key, plan text not null default 'free');
-- schemadiff:renamed-from plan_of
create function public.company_plan(company integer) returns text
    language sql stable
    as $$ select plan from public.companies where id = company $$;
revoke execute on function public.company_plan(integer) from public;
comment on function public.company_plan(integer) is 'The billing plan of a company.';
