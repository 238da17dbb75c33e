-- companies: the tenants. Every other table belongs to exactly one company.

create table public.companies (
    id uuid not null default gen_random_uuid(),
    name text not null,
    slug text not null,
    settings jsonb not null default '{}'::jsonb,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint companies_pkey primary key (id),
    constraint companies_name_check check (btrim(name) <> ''),
    constraint companies_slug_check check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);

-- Citus: the tenants, distributed by their id; every other table is colocated with them
-- (distributed by company_id), so a tenant's rows of all tables live on the same node.
-- A UNIQUE constraint of a distributed table must include its distribution column, so the
-- slug cannot be unique across shards here: companies_slug_idx only indexes it, and the back
-- end, which creates companies, checks that a new slug is free.
select create_distributed_table('public.companies', 'id', shard_count => 32);

create index companies_slug_idx on public.companies (slug);

comment on table public.companies is 'Tenants: organisations using the CRM. All business data is scoped to a company.';
comment on column public.companies.slug is 'URL-safe unique identifier of the company (lowercase words joined by hyphens).';
comment on column public.companies.settings is 'Company-wide settings (branding, defaults) as a JSON object.';

create trigger set_updated_at
    before update on public.companies
    for each row execute function public.set_updated_at();

-- Row level security: users read their own company; only its owner updates it. Companies
-- are created and deleted by the back end (service_role).
alter table public.companies enable row level security;
alter table public.companies force row level security;

create policy companies_select on public.companies
    for select to authenticated
    using (id = public.current_company_id());

create policy companies_update on public.companies
    for update to authenticated
    using (id = public.current_company_id() and public.current_user_role() = 'owner')
    with check (id = public.current_company_id());

grant select, update on public.companies to authenticated;
grant all on public.companies to service_role;
