-- api_keys: keys external integrations use to call the public API on behalf of a company.

create table public.api_keys (
    id uuid not null default gen_random_uuid(),
    company_id uuid not null,
    created_by uuid,
    name text not null,
    key_prefix text not null,
    key_hash text not null,
    scopes text[] not null default '{}'::text[],
    last_used_at timestamptz,
    expires_at timestamptz,
    revoked_at timestamptz,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint api_keys_pkey primary key (company_id, id),
    constraint api_keys_key_hash_key unique (key_hash, company_id),
    constraint api_keys_company_id_fkey foreign key (company_id)
        references public.companies (id) on delete cascade,
    -- Citus: was ON DELETE SET NULL (created_by); refused on a key holding company_id (README)
    constraint api_keys_created_by_fkey foreign key (company_id, created_by)
        references public.users (company_id, id),
    constraint api_keys_name_check check (btrim(name) <> ''),
    constraint api_keys_key_hash_check check (key_hash ~ '^[0-9a-f]{64}$')
);

select create_distributed_table('public.api_keys', 'company_id', colocate_with => 'public.companies');

create index api_keys_company_id_idx on public.api_keys (company_id);
create index api_keys_created_by_idx on public.api_keys (created_by);

comment on table public.api_keys is 'API keys of the public API. Only a SHA-256 hash of each key is stored; see public.verify_api_key.';
comment on column public.api_keys.key_prefix is 'First characters of the key, shown in the UI to tell keys apart.';
comment on column public.api_keys.key_hash is 'Hex SHA-256 of the UTF-8 key; the key itself is shown once and never stored.';
comment on column public.api_keys.scopes is 'Permissions granted to the key, e.g. {contacts:read,conversations:write}.';
comment on column public.api_keys.last_used_at is 'Time of the last successful verification.';
comment on column public.api_keys.revoked_at is 'When the key was revoked; a revoked key no longer verifies.';

-- updated_at follows changes to the key's definition, not every use (last_used_at).
create trigger set_updated_at
    before update of name, scopes, expires_at, revoked_at on public.api_keys
    for each row execute function public.set_updated_at();

-- Row level security: only owners and admins see and manage the company's keys.
alter table public.api_keys enable row level security;
alter table public.api_keys force row level security;

create policy api_keys_select on public.api_keys
    for select to authenticated
    using (
        company_id = public.current_company_id()
        and public.current_user_role() in ('owner', 'admin')
    );

create policy api_keys_insert on public.api_keys
    for insert to authenticated
    with check (
        company_id = public.current_company_id()
        and public.current_user_role() in ('owner', 'admin')
    );

create policy api_keys_update on public.api_keys
    for update to authenticated
    using (
        company_id = public.current_company_id()
        and public.current_user_role() in ('owner', 'admin')
    )
    with check (company_id = public.current_company_id());

create policy api_keys_delete on public.api_keys
    for delete to authenticated
    using (
        company_id = public.current_company_id()
        and public.current_user_role() in ('owner', 'admin')
    );

grant select, insert, update, delete on public.api_keys to authenticated;
grant all on public.api_keys to service_role;
