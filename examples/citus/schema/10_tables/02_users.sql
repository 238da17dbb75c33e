-- users: the members of a company. The id is the user's id in the auth service.

create table public.users (
    id uuid not null,
    company_id uuid not null,
    email text not null,
    full_name text,
    role public.user_role not null default 'member',
    last_seen_at timestamptz,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint users_pkey primary key (company_id, id),
    constraint users_company_id_fkey foreign key (company_id)
        references public.companies (id) on delete cascade,
    constraint users_email_check check (email ~ '^[^@\s]+@[^@\s]+$')
);

select create_distributed_table('public.users', 'company_id', colocate_with => 'public.companies');

-- Citus: a unique index must include the distribution column, so an email is unique within
-- its company (unique across companies in the auth service, which owns the accounts).
create unique index users_email_key on public.users (lower(email), company_id);

comment on table public.users is 'User accounts; each user belongs to exactly one company.';
comment on column public.users.id is 'The user''s id in the auth service (JWT claim sub).';
comment on column public.users.role is 'Role within the company: owner, admin or member. Mirrored into the JWT claim user_role.';

create trigger set_updated_at
    before update on public.users
    for each row execute function public.set_updated_at();

-- Row level security: everyone reads the users of their company; owners and admins manage them.
alter table public.users enable row level security;
alter table public.users force row level security;

create policy users_select on public.users
    for select to authenticated
    using (company_id = public.current_company_id());

create policy users_insert on public.users
    for insert to authenticated
    with check (
        company_id = public.current_company_id()
        and public.current_user_role() in ('owner', 'admin')
    );

create policy users_update on public.users
    for update to authenticated
    using (
        company_id = public.current_company_id()
        and public.current_user_role() in ('owner', 'admin')
    )
    with check (company_id = public.current_company_id());

create policy users_delete on public.users
    for delete to authenticated
    using (
        company_id = public.current_company_id()
        and public.current_user_role() in ('owner', 'admin')
    );

grant select, insert, update, delete on public.users to authenticated;
grant all on public.users to service_role;
