-- workflows: visual automation workflows triggered by events.

create table public.workflows (
    id uuid not null default gen_random_uuid(),
    company_id uuid not null,
    created_by uuid,
    name text not null,
    description text,
    trigger_event public.workflow_trigger_event not null,
    definition jsonb not null default '{"nodes": [], "edges": []}'::jsonb,
    enabled boolean not null default false,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint workflows_pkey primary key (company_id, id),
    constraint workflows_company_id_fkey foreign key (company_id)
        references public.companies (id) on delete cascade,
    -- Citus: was ON DELETE SET NULL (created_by); refused on a key holding company_id (README)
    constraint workflows_created_by_fkey foreign key (company_id, created_by)
        references public.users (company_id, id),
    constraint workflows_name_check check (btrim(name) <> ''),
    constraint workflows_definition_check check (
        jsonb_typeof(definition -> 'nodes') = 'array' and jsonb_typeof(definition -> 'edges') = 'array'
    )
);

select create_distributed_table('public.workflows', 'company_id', colocate_with => 'public.companies');

create index workflows_company_id_trigger_event_idx on public.workflows (company_id, trigger_event) where enabled;
create index workflows_created_by_idx on public.workflows (created_by);

comment on table public.workflows is 'Automation workflows: a visual graph of steps run when the trigger event occurs.';
comment on column public.workflows.trigger_event is 'Event that starts the workflow, e.g. conversation.created.';
comment on column public.workflows.definition is 'The workflow graph as drawn in the editor: {"nodes": [...], "edges": [...]}.';
comment on column public.workflows.enabled is 'Only enabled workflows are triggered.';

create trigger set_updated_at
    before update on public.workflows
    for each row execute function public.set_updated_at();

-- Row level security: everyone reads the company's workflows; owners and admins manage them.
alter table public.workflows enable row level security;
alter table public.workflows force row level security;

create policy workflows_select on public.workflows
    for select to authenticated
    using (company_id = public.current_company_id());

create policy workflows_insert on public.workflows
    for insert to authenticated
    with check (
        company_id = public.current_company_id()
        and public.current_user_role() in ('owner', 'admin')
    );

create policy workflows_update on public.workflows
    for update to authenticated
    using (
        company_id = public.current_company_id()
        and public.current_user_role() in ('owner', 'admin')
    )
    with check (company_id = public.current_company_id());

create policy workflows_delete on public.workflows
    for delete to authenticated
    using (
        company_id = public.current_company_id()
        and public.current_user_role() in ('owner', 'admin')
    );

grant select, insert, update, delete on public.workflows to authenticated;
grant all on public.workflows to service_role;
