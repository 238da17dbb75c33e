-- contacts: the people a company does business with (CRM contacts).

create table public.contacts (
    id uuid not null default gen_random_uuid(),
    company_id uuid not null,
    owner_user_id uuid,
    first_name text,
    last_name text,
    email text,
    phone text,
    organization text,
    job_title text,
    tags text[] not null default '{}'::text[],
    notes text,
    metadata jsonb not null default '{}'::jsonb,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint contacts_pkey primary key (company_id, id),
    constraint contacts_company_id_fkey foreign key (company_id)
        references public.companies (id) on delete cascade,
    -- Citus: was ON DELETE SET NULL (owner_user_id); refused on a key holding company_id (README)
    constraint contacts_owner_user_id_fkey foreign key (company_id, owner_user_id)
        references public.users (company_id, id),
    constraint contacts_email_check check (email ~ '^[^@\s]+@[^@\s]+$'),
    constraint contacts_identity_check check (
        coalesce(first_name, last_name, email, phone) is not null
    )
);

select create_distributed_table('public.contacts', 'company_id', colocate_with => 'public.companies');

create index contacts_owner_user_id_idx on public.contacts (owner_user_id);
create index contacts_company_id_email_idx on public.contacts (company_id, lower(email));

comment on table public.contacts is 'CRM contacts: people the company talks to and sells to.';
comment on column public.contacts.owner_user_id is 'User responsible for the contact; null when unassigned or the user was removed.';
comment on column public.contacts.organization is 'Organisation the contact works for (free text).';
comment on column public.contacts.metadata is 'Custom fields as a JSON object.';

create trigger set_updated_at
    before update on public.contacts
    for each row execute function public.set_updated_at();

-- Row level security: every user of the company reads and writes its contacts.
alter table public.contacts enable row level security;
alter table public.contacts force row level security;

create policy contacts_select on public.contacts
    for select to authenticated
    using (company_id = public.current_company_id());

create policy contacts_insert on public.contacts
    for insert to authenticated
    with check (company_id = public.current_company_id());

create policy contacts_update on public.contacts
    for update to authenticated
    using (company_id = public.current_company_id())
    with check (company_id = public.current_company_id());

create policy contacts_delete on public.contacts
    for delete to authenticated
    using (company_id = public.current_company_id());

grant select, insert, update, delete on public.contacts to authenticated;
grant all on public.contacts to service_role;
