-- The commonest retype: an integer key running out, widened to bigint with the columns of the
-- foreign keys that reference it, a view over one of them and a policy on another.
create table public.companies (
    id bigint primary key,
    name text not null
);
create table public.contacts (
    id bigint primary key,
    company_id bigint not null references public.companies (id) on delete cascade,
    email text
);
create index contacts_company_id on public.contacts (company_id);
create table public.deals (
    id bigint primary key,
    company_id bigint references public.companies (id),
    contact_id bigint references public.contacts (id)
);
create view public.company_contacts as
    select c.id, c.company_id, co.name from public.contacts c join public.companies co on co.id = c.company_id;
alter table public.deals enable row level security;
create policy deals_of_company on public.deals using (company_id = nullif(current_setting('app.company_id', true), '')::bigint);
