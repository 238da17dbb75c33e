-- agent_configs: configurations of the company's AI agents.

create table public.agent_configs (
    id uuid not null default gen_random_uuid(),
    company_id uuid not null,
    name text not null,
    system_prompt text not null default '',
    model text not null,
    voice text,
    avatar_url text,
    settings jsonb not null default '{}'::jsonb,
    is_active boolean not null default true,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint agent_configs_pkey primary key (company_id, id),
    constraint agent_configs_company_id_name_key unique (company_id, name),
    constraint agent_configs_company_id_fkey foreign key (company_id)
        references public.companies (id) on delete cascade,
    constraint agent_configs_name_check check (btrim(name) <> '')
);

select create_distributed_table('public.agent_configs', 'company_id', colocate_with => 'public.companies');

comment on table public.agent_configs is 'AI agent configurations: prompt, model, voice and behaviour settings of each agent of a company.';
comment on column public.agent_configs.system_prompt is 'System prompt given to the language model.';
comment on column public.agent_configs.model is 'Language model identifier, e.g. gpt-4o.';
comment on column public.agent_configs.voice is 'Text-to-speech voice identifier for voice conversations; null for text-only agents.';
comment on column public.agent_configs.avatar_url is 'URL of the agent''s avatar image.';
comment on column public.agent_configs.settings is 'Further agent settings (temperature, tools, knowledge bases) as a JSON object.';
comment on column public.agent_configs.is_active is 'Whether the agent accepts new conversations.';

create trigger set_updated_at
    before update on public.agent_configs
    for each row execute function public.set_updated_at();

-- Row level security: everyone reads the company's agents; owners and admins manage them.
alter table public.agent_configs enable row level security;
alter table public.agent_configs force row level security;

create policy agent_configs_select on public.agent_configs
    for select to authenticated
    using (company_id = public.current_company_id());

create policy agent_configs_insert on public.agent_configs
    for insert to authenticated
    with check (
        company_id = public.current_company_id()
        and public.current_user_role() in ('owner', 'admin')
    );

create policy agent_configs_update on public.agent_configs
    for update to authenticated
    using (
        company_id = public.current_company_id()
        and public.current_user_role() in ('owner', 'admin')
    )
    with check (company_id = public.current_company_id());

create policy agent_configs_delete on public.agent_configs
    for delete to authenticated
    using (
        company_id = public.current_company_id()
        and public.current_user_role() in ('owner', 'admin')
    );

grant select, insert, update, delete on public.agent_configs to authenticated;
grant all on public.agent_configs to service_role;
