create table public.companies (id integer primary key, plan text not null default 'free');
-- schemadiff:renamed-from company_plan
create function public.plan_of(company integer) returns text
    language sql stable
    as $$ select plan from public.companies where id = company $$;
revoke execute on function public.plan_of(integer) from public;
comment on function public.plan_of(integer) is 'The billing plan of a company.';
