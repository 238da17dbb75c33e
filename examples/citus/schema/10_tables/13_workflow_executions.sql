-- workflow_executions: the run history of workflows.

create table public.workflow_executions (
    id uuid not null default gen_random_uuid(),
    company_id uuid not null,
    workflow_id uuid not null,
    conversation_id uuid,
    trigger_event public.workflow_trigger_event not null,
    status public.workflow_execution_status not null default 'pending',
    input jsonb not null default '{}'::jsonb,
    output jsonb,
    error text,
    started_at timestamptz,
    finished_at timestamptz,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint workflow_executions_pkey primary key (company_id, id),
    constraint workflow_executions_company_id_fkey foreign key (company_id)
        references public.companies (id) on delete cascade,
    constraint workflow_executions_workflow_id_fkey foreign key (company_id, workflow_id)
        references public.workflows (company_id, id) on delete cascade,
    -- Citus: was ON DELETE SET NULL (conversation_id); refused on a key holding company_id (README)
    constraint workflow_executions_conversation_id_fkey foreign key (company_id, conversation_id)
        references public.conversations (company_id, id),
    constraint workflow_executions_finished_at_check check (
        finished_at is null or (started_at is not null and finished_at >= started_at)
    )
);

select create_distributed_table('public.workflow_executions', 'company_id', colocate_with => 'public.companies');

create index workflow_executions_workflow_id_created_at_idx
    on public.workflow_executions (workflow_id, created_at desc);
create index workflow_executions_conversation_id_idx on public.workflow_executions (conversation_id);
create index workflow_executions_pending_idx
    on public.workflow_executions (created_at) where status = 'pending';
create index workflow_executions_company_id_idx on public.workflow_executions (company_id);

comment on table public.workflow_executions is 'Workflow runs: one row per triggered workflow, queued as pending and updated by the workflow runner.';
comment on column public.workflow_executions.conversation_id is 'Conversation whose event triggered the run, if any.';
comment on column public.workflow_executions.input is 'Event payload the run started with.';
comment on column public.workflow_executions.output is 'Result of the run, once finished.';
comment on column public.workflow_executions.error is 'Error message of a failed run.';

create trigger set_updated_at
    before update on public.workflow_executions
    for each row execute function public.set_updated_at();

-- Row level security: everyone reads the company's run history. Runs are created by the
-- database trigger (public.enqueue_conversation_workflows) and the back end
-- (service_role); users never write them.
alter table public.workflow_executions enable row level security;
alter table public.workflow_executions force row level security;

create policy workflow_executions_select on public.workflow_executions
    for select to authenticated
    using (company_id = public.current_company_id());

grant select on public.workflow_executions to authenticated;
grant all on public.workflow_executions to service_role;
