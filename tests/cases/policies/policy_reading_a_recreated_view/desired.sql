-- A policy whose USING reads a view: a column under the view is retyped, so the view is
-- dropped and created again, and the policy, which needs it in pg_depend, is dropped before it
-- and created again after it (with its comment), though it does not change.
create table public.memberships (
    user_name text not null,
    company_id integer not null,
    role varchar(20) not null
);
create view public.my_companies as
    select company_id, role from public.memberships where user_name = current_user;
create table public.deals (
    id integer primary key,
    company_id integer not null
);
alter table public.deals enable row level security;
create policy deals_of_my_companies on public.deals
    using (company_id in (select company_id from public.my_companies));
comment on policy deals_of_my_companies on public.deals is 'a member sees the deals of its companies';
