-- conversations: sessions between an agent (or a user) and a contact on some channel.

create table public.conversations (
    id uuid not null default gen_random_uuid(),
    company_id uuid not null,
    user_id uuid,
    agent_config_id uuid,
    contact_id uuid,
    channel public.conversation_channel not null default 'chat',
    status public.conversation_status not null default 'open',
    subject text,
    started_at timestamptz not null default now(),
    ended_at timestamptz,
    metadata jsonb not null default '{}'::jsonb,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint conversations_pkey primary key (company_id, id),
    constraint conversations_company_id_fkey foreign key (company_id)
        references public.companies (id) on delete cascade,
    -- Citus: was ON DELETE SET NULL (user_id); refused on a key holding company_id (README)
    constraint conversations_user_id_fkey foreign key (company_id, user_id)
        references public.users (company_id, id),
    -- Citus: was ON DELETE SET NULL (agent_config_id); refused on a key holding company_id (README)
    constraint conversations_agent_config_id_fkey foreign key (company_id, agent_config_id)
        references public.agent_configs (company_id, id),
    -- Citus: was ON DELETE SET NULL (contact_id); refused on a key holding company_id (README)
    constraint conversations_contact_id_fkey foreign key (company_id, contact_id)
        references public.contacts (company_id, id),
    constraint conversations_ended_at_check check (ended_at >= started_at)
);

select create_distributed_table('public.conversations', 'company_id', colocate_with => 'public.companies');

create index conversations_company_id_started_at_idx on public.conversations (company_id, started_at desc);
create index conversations_user_id_idx on public.conversations (user_id);
create index conversations_agent_config_id_idx on public.conversations (agent_config_id);
create index conversations_contact_id_idx on public.conversations (contact_id);

comment on table public.conversations is 'Conversations (chat sessions, calls, email threads) with their channel, status and participants.';
comment on column public.conversations.user_id is 'User who started or handles the conversation; null for agent-only conversations or removed users.';
comment on column public.conversations.agent_config_id is 'Agent serving the conversation; null when handled by a human or the agent was deleted.';
comment on column public.conversations.contact_id is 'Contact the conversation is with, when known.';
comment on column public.conversations.status is 'Lifecycle status; a change fires the workflow event conversation.<status>.';
comment on column public.conversations.metadata is 'Channel-specific data (caller number, email thread id, ...) as a JSON object.';

create trigger set_updated_at
    before update on public.conversations
    for each row execute function public.set_updated_at();

-- The workflow trigger of this table is in 40_triggers.sql (its function references other tables).

-- Row level security: every user of the company reads and writes its conversations.
alter table public.conversations enable row level security;
alter table public.conversations force row level security;

create policy conversations_select on public.conversations
    for select to authenticated
    using (company_id = public.current_company_id());

create policy conversations_insert on public.conversations
    for insert to authenticated
    with check (company_id = public.current_company_id());

create policy conversations_update on public.conversations
    for update to authenticated
    using (company_id = public.current_company_id())
    with check (company_id = public.current_company_id());

create policy conversations_delete on public.conversations
    for delete to authenticated
    using (company_id = public.current_company_id());

grant select, insert, update, delete on public.conversations to authenticated;
grant all on public.conversations to service_role;
