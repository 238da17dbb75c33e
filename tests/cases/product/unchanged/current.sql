-- Generated from schema/ (the product schema, files in load order): do not edit; after a change
-- to schema/, regenerate with SCHEMADIFF_UPDATE_GOLDENS=1 pytest tests/test_cases.py
-- ==== schema/00_extensions.sql
-- Extensions used by the product schema.

-- pgvector: embeddings of knowledge base chunks (knowledge_chunks.embedding).
create extension if not exists vector with schema public;

-- ==== schema/00_schema.sql
-- Access to schema public for the API roles. anon gets nothing from the product: it
-- receives no grants on tables or functions (it keeps PostgreSQL's default usage on
-- schema public, which alone gives access to nothing).
grant usage on schema public to authenticated, service_role;

-- ==== schema/01_types.sql
-- Enumerated types shared by the tables.

-- Role of a user within their company.
create type public.user_role as enum ('owner', 'admin', 'member');

-- Sales pipeline stages of a deal.
create type public.deal_stage as enum ('lead', 'qualified', 'proposal', 'negotiation', 'won', 'lost');

-- Channel through which a conversation takes place.
create type public.conversation_channel as enum ('chat', 'voice', 'email', 'sms', 'whatsapp');

-- Lifecycle of a conversation; a change to it fires the event 'conversation.<status>'.
create type public.conversation_status as enum ('open', 'escalated', 'resolved', 'closed');

-- Author of a message in a conversation.
create type public.message_role as enum ('user', 'assistant', 'system', 'tool');

-- Events a workflow can be triggered by. The conversation events are recorded by the
-- database (public.enqueue_conversation_workflows); the others by the back end.
create type public.workflow_trigger_event as enum (
    'conversation.created',
    'conversation.escalated',
    'conversation.resolved',
    'conversation.closed',
    'message.created',
    'contact.created',
    'deal.stage_changed'
);

-- Lifecycle of a workflow execution.
create type public.workflow_execution_status as enum ('pending', 'running', 'succeeded', 'failed', 'cancelled');

-- Delivery channel of a notification.
create type public.notification_channel as enum ('in_app', 'email', 'sms', 'push');

-- ==== schema/02_functions.sql
-- Helper functions that do not reference tables: row level security helpers and the
-- shared updated_at trigger function.

-- The company of the current request: the JWT claim "company_id" (null without one).
create function public.current_company_id()
returns uuid
language sql
stable
as $$
    select nullif(auth.jwt() ->> 'company_id', '')::uuid
$$;

comment on function public.current_company_id() is
    'Company of the current request, from the JWT claim company_id; used by the row level security policies.';

-- The role (owner, admin or member) of the current user in their company: the JWT claim
-- "user_role", set by the auth server from users.role when it issues the token. Reading
-- the claim instead of querying public.users keeps policies free of recursion through
-- the users policies.
create function public.current_user_role()
returns text
language sql
stable
as $$
    select auth.jwt() ->> 'user_role'
$$;

comment on function public.current_user_role() is
    'Role of the current user in their company (owner, admin or member), from the JWT claim user_role.';

revoke execute on function public.current_company_id() from public;
revoke execute on function public.current_user_role() from public;
grant execute on function public.current_company_id() to authenticated, service_role;
grant execute on function public.current_user_role() to authenticated, service_role;

-- Trigger function: keep updated_at at the time of the last update.
create function public.set_updated_at()
returns trigger
language plpgsql
as $$
begin
    new.updated_at := now();
    return new;
end
$$;

comment on function public.set_updated_at() is
    'BEFORE UPDATE trigger function that sets updated_at to now().';

revoke execute on function public.set_updated_at() from public;

-- ==== schema/10_tables/01_companies.sql
-- companies: the tenants. Every other table belongs to exactly one company.

create table public.companies (
    id uuid not null default gen_random_uuid(),
    name text not null,
    slug text not null,
    settings jsonb not null default '{}'::jsonb,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint companies_pkey primary key (id),
    constraint companies_slug_key unique (slug),
    constraint companies_name_check check (btrim(name) <> ''),
    constraint companies_slug_check check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);

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
    using (id = (select public.current_company_id()));

create policy companies_update on public.companies
    for update to authenticated
    using (id = (select public.current_company_id()) and (select public.current_user_role()) = 'owner')
    with check (id = (select public.current_company_id()));

grant select, update on public.companies to authenticated;
grant all on public.companies to service_role;

-- ==== schema/10_tables/02_users.sql
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
    constraint users_pkey primary key (id),
    constraint users_company_id_id_key unique (company_id, id),
    constraint users_company_id_fkey foreign key (company_id)
        references public.companies (id) on delete cascade,
    constraint users_email_check check (email ~ '^[^@\s]+@[^@\s]+$')
);

create unique index users_email_key on public.users (lower(email));

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
    using (company_id = (select public.current_company_id()));

create policy users_insert on public.users
    for insert to authenticated
    with check (
        company_id = (select public.current_company_id())
        and (select public.current_user_role()) in ('owner', 'admin')
    );

create policy users_update on public.users
    for update to authenticated
    using (
        company_id = (select public.current_company_id())
        and (select public.current_user_role()) in ('owner', 'admin')
    )
    with check (company_id = (select public.current_company_id()));

create policy users_delete on public.users
    for delete to authenticated
    using (
        company_id = (select public.current_company_id())
        and (select public.current_user_role()) in ('owner', 'admin')
    );

grant select, insert, update, delete on public.users to authenticated;
grant all on public.users to service_role;

-- ==== schema/10_tables/03_agent_configs.sql
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
    constraint agent_configs_pkey primary key (id),
    constraint agent_configs_company_id_id_key unique (company_id, id),
    constraint agent_configs_company_id_name_key unique (company_id, name),
    constraint agent_configs_company_id_fkey foreign key (company_id)
        references public.companies (id) on delete cascade,
    constraint agent_configs_name_check check (btrim(name) <> '')
);

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
    using (company_id = (select public.current_company_id()));

create policy agent_configs_insert on public.agent_configs
    for insert to authenticated
    with check (
        company_id = (select public.current_company_id())
        and (select public.current_user_role()) in ('owner', 'admin')
    );

create policy agent_configs_update on public.agent_configs
    for update to authenticated
    using (
        company_id = (select public.current_company_id())
        and (select public.current_user_role()) in ('owner', 'admin')
    )
    with check (company_id = (select public.current_company_id()));

create policy agent_configs_delete on public.agent_configs
    for delete to authenticated
    using (
        company_id = (select public.current_company_id())
        and (select public.current_user_role()) in ('owner', 'admin')
    );

grant select, insert, update, delete on public.agent_configs to authenticated;
grant all on public.agent_configs to service_role;

-- ==== schema/10_tables/04_contacts.sql
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
    constraint contacts_pkey primary key (id),
    constraint contacts_company_id_id_key unique (company_id, id),
    constraint contacts_company_id_fkey foreign key (company_id)
        references public.companies (id) on delete cascade,
    constraint contacts_owner_user_id_fkey foreign key (company_id, owner_user_id)
        references public.users (company_id, id) on delete set null (owner_user_id),
    constraint contacts_email_check check (email ~ '^[^@\s]+@[^@\s]+$'),
    constraint contacts_identity_check check (
        coalesce(first_name, last_name, email, phone) is not null
    )
);

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
    using (company_id = (select public.current_company_id()));

create policy contacts_insert on public.contacts
    for insert to authenticated
    with check (company_id = (select public.current_company_id()));

create policy contacts_update on public.contacts
    for update to authenticated
    using (company_id = (select public.current_company_id()))
    with check (company_id = (select public.current_company_id()));

create policy contacts_delete on public.contacts
    for delete to authenticated
    using (company_id = (select public.current_company_id()));

grant select, insert, update, delete on public.contacts to authenticated;
grant all on public.contacts to service_role;

-- ==== schema/10_tables/05_deals.sql
-- deals: the sales pipeline.

create table public.deals (
    id uuid not null default gen_random_uuid(),
    company_id uuid not null,
    contact_id uuid,
    owner_user_id uuid,
    title text not null,
    stage public.deal_stage not null default 'lead',
    amount numeric(14, 2),
    currency text not null default 'USD',
    expected_close_date date,
    closed_at timestamptz,
    notes text,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint deals_pkey primary key (id),
    constraint deals_company_id_fkey foreign key (company_id)
        references public.companies (id) on delete cascade,
    constraint deals_contact_id_fkey foreign key (company_id, contact_id)
        references public.contacts (company_id, id) on delete set null (contact_id),
    constraint deals_owner_user_id_fkey foreign key (company_id, owner_user_id)
        references public.users (company_id, id) on delete set null (owner_user_id),
    constraint deals_title_check check (btrim(title) <> ''),
    constraint deals_amount_check check (amount >= 0),
    constraint deals_currency_check check (currency ~ '^[A-Z]{3}$')
);

create index deals_company_id_stage_idx on public.deals (company_id, stage);
create index deals_contact_id_idx on public.deals (contact_id);
create index deals_owner_user_id_idx on public.deals (owner_user_id);

comment on table public.deals is 'Sales pipeline: opportunities with their stage, value and expected close date.';
comment on column public.deals.stage is 'Pipeline stage.';
comment on column public.deals.amount is 'Deal value in currency units; null when not yet estimated.';
comment on column public.deals.currency is 'ISO 4217 currency code of amount.';
comment on column public.deals.owner_user_id is 'User responsible for the deal; null when unassigned or the user was removed.';
comment on column public.deals.closed_at is 'When the deal was won or lost.';

create trigger set_updated_at
    before update on public.deals
    for each row execute function public.set_updated_at();

-- Row level security: every user of the company reads and writes its deals.
alter table public.deals enable row level security;
alter table public.deals force row level security;

create policy deals_select on public.deals
    for select to authenticated
    using (company_id = (select public.current_company_id()));

create policy deals_insert on public.deals
    for insert to authenticated
    with check (company_id = (select public.current_company_id()));

create policy deals_update on public.deals
    for update to authenticated
    using (company_id = (select public.current_company_id()))
    with check (company_id = (select public.current_company_id()));

create policy deals_delete on public.deals
    for delete to authenticated
    using (company_id = (select public.current_company_id()));

grant select, insert, update, delete on public.deals to authenticated;
grant all on public.deals to service_role;

-- ==== schema/10_tables/06_knowledge_bases.sql
-- knowledge_bases: document collections the agents answer from.

create table public.knowledge_bases (
    id uuid not null default gen_random_uuid(),
    company_id uuid not null,
    name text not null,
    description text,
    embedding_model text not null default 'text-embedding-3-small',
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint knowledge_bases_pkey primary key (id),
    constraint knowledge_bases_company_id_id_key unique (company_id, id),
    constraint knowledge_bases_company_id_name_key unique (company_id, name),
    constraint knowledge_bases_company_id_fkey foreign key (company_id)
        references public.companies (id) on delete cascade,
    constraint knowledge_bases_name_check check (btrim(name) <> '')
);

comment on table public.knowledge_bases is 'Knowledge bases: collections of documents, chunked and embedded for retrieval by the agents.';
comment on column public.knowledge_bases.embedding_model is 'Model that produced the embeddings of the chunks (1536 dimensions).';

create trigger set_updated_at
    before update on public.knowledge_bases
    for each row execute function public.set_updated_at();

-- Row level security: everyone reads the company's knowledge bases; owners and admins manage them.
alter table public.knowledge_bases enable row level security;
alter table public.knowledge_bases force row level security;

create policy knowledge_bases_select on public.knowledge_bases
    for select to authenticated
    using (company_id = (select public.current_company_id()));

create policy knowledge_bases_insert on public.knowledge_bases
    for insert to authenticated
    with check (
        company_id = (select public.current_company_id())
        and (select public.current_user_role()) in ('owner', 'admin')
    );

create policy knowledge_bases_update on public.knowledge_bases
    for update to authenticated
    using (
        company_id = (select public.current_company_id())
        and (select public.current_user_role()) in ('owner', 'admin')
    )
    with check (company_id = (select public.current_company_id()));

create policy knowledge_bases_delete on public.knowledge_bases
    for delete to authenticated
    using (
        company_id = (select public.current_company_id())
        and (select public.current_user_role()) in ('owner', 'admin')
    );

grant select, insert, update, delete on public.knowledge_bases to authenticated;
grant all on public.knowledge_bases to service_role;

-- ==== schema/10_tables/07_knowledge_chunks.sql
-- knowledge_chunks: embedded chunks of the documents of a knowledge base.

create table public.knowledge_chunks (
    id uuid not null default gen_random_uuid(),
    company_id uuid not null,
    knowledge_base_id uuid not null,
    source text,
    chunk_index integer not null,
    content text not null,
    embedding public.vector(1536) not null,
    token_count integer,
    metadata jsonb not null default '{}'::jsonb,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint knowledge_chunks_pkey primary key (id),
    constraint knowledge_chunks_company_id_fkey foreign key (company_id)
        references public.companies (id) on delete cascade,
    constraint knowledge_chunks_knowledge_base_id_fkey foreign key (company_id, knowledge_base_id)
        references public.knowledge_bases (company_id, id) on delete cascade,
    constraint knowledge_chunks_chunk_index_check check (chunk_index >= 0),
    constraint knowledge_chunks_token_count_check check (token_count >= 0)
);

-- Lookup indexes (migration 006) and the approximate nearest neighbour index.
create index knowledge_chunks_knowledge_base_id_chunk_index_idx
    on public.knowledge_chunks (knowledge_base_id, chunk_index);
create index knowledge_chunks_company_id_idx on public.knowledge_chunks (company_id);
create index knowledge_chunks_embedding_idx
    on public.knowledge_chunks using hnsw (embedding public.vector_cosine_ops);

comment on table public.knowledge_chunks is 'Chunks of knowledge base documents with their embeddings, searched by public.match_knowledge_chunks.';
comment on column public.knowledge_chunks.source is 'Document the chunk comes from (file name or URL).';
comment on column public.knowledge_chunks.chunk_index is 'Position of the chunk within its document, from 0.';
comment on column public.knowledge_chunks.embedding is 'Embedding of content (1536 dimensions), compared by cosine distance.';
comment on column public.knowledge_chunks.token_count is 'Number of tokens of content.';

create trigger set_updated_at
    before update on public.knowledge_chunks
    for each row execute function public.set_updated_at();

-- Row level security: everyone reads the company's chunks; owners and admins manage them
-- (ingestion normally runs in the back end as service_role).
alter table public.knowledge_chunks enable row level security;
alter table public.knowledge_chunks force row level security;

create policy knowledge_chunks_select on public.knowledge_chunks
    for select to authenticated
    using (company_id = (select public.current_company_id()));

create policy knowledge_chunks_insert on public.knowledge_chunks
    for insert to authenticated
    with check (
        company_id = (select public.current_company_id())
        and (select public.current_user_role()) in ('owner', 'admin')
    );

create policy knowledge_chunks_update on public.knowledge_chunks
    for update to authenticated
    using (
        company_id = (select public.current_company_id())
        and (select public.current_user_role()) in ('owner', 'admin')
    )
    with check (company_id = (select public.current_company_id()));

create policy knowledge_chunks_delete on public.knowledge_chunks
    for delete to authenticated
    using (
        company_id = (select public.current_company_id())
        and (select public.current_user_role()) in ('owner', 'admin')
    );

grant select, insert, update, delete on public.knowledge_chunks to authenticated;
grant all on public.knowledge_chunks to service_role;

-- ==== schema/10_tables/08_conversations.sql
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
    constraint conversations_pkey primary key (id),
    constraint conversations_company_id_id_key unique (company_id, id),
    constraint conversations_company_id_fkey foreign key (company_id)
        references public.companies (id) on delete cascade,
    constraint conversations_user_id_fkey foreign key (company_id, user_id)
        references public.users (company_id, id) on delete set null (user_id),
    constraint conversations_agent_config_id_fkey foreign key (company_id, agent_config_id)
        references public.agent_configs (company_id, id) on delete set null (agent_config_id),
    constraint conversations_contact_id_fkey foreign key (company_id, contact_id)
        references public.contacts (company_id, id) on delete set null (contact_id),
    constraint conversations_ended_at_check check (ended_at >= started_at)
);

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
    using (company_id = (select public.current_company_id()));

create policy conversations_insert on public.conversations
    for insert to authenticated
    with check (company_id = (select public.current_company_id()));

create policy conversations_update on public.conversations
    for update to authenticated
    using (company_id = (select public.current_company_id()))
    with check (company_id = (select public.current_company_id()));

create policy conversations_delete on public.conversations
    for delete to authenticated
    using (company_id = (select public.current_company_id()));

grant select, insert, update, delete on public.conversations to authenticated;
grant all on public.conversations to service_role;

-- ==== schema/10_tables/09_messages.sql
-- messages: the individual messages of a conversation.

create table public.messages (
    id uuid not null default gen_random_uuid(),
    company_id uuid not null,
    conversation_id uuid not null,
    role public.message_role not null,
    content text not null,
    token_count integer,
    metadata jsonb not null default '{}'::jsonb,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint messages_pkey primary key (id),
    constraint messages_company_id_fkey foreign key (company_id)
        references public.companies (id) on delete cascade,
    constraint messages_conversation_id_fkey foreign key (company_id, conversation_id)
        references public.conversations (company_id, id) on delete cascade,
    constraint messages_token_count_check check (token_count >= 0)
);

create index messages_conversation_id_created_at_idx on public.messages (conversation_id, created_at);
create index messages_company_id_idx on public.messages (company_id);

comment on table public.messages is 'Messages of conversations, in the roles of the language model API (user, assistant, system, tool).';
comment on column public.messages.role is 'Author: user (the contact), assistant (the agent), system or tool.';
comment on column public.messages.token_count is 'Number of tokens of content, for usage accounting.';
comment on column public.messages.metadata is 'Tool calls, model name, latency and similar data as a JSON object.';

create trigger set_updated_at
    before update on public.messages
    for each row execute function public.set_updated_at();

-- Row level security: every user of the company reads and writes its messages.
alter table public.messages enable row level security;
alter table public.messages force row level security;

create policy messages_select on public.messages
    for select to authenticated
    using (company_id = (select public.current_company_id()));

create policy messages_insert on public.messages
    for insert to authenticated
    with check (company_id = (select public.current_company_id()));

create policy messages_update on public.messages
    for update to authenticated
    using (company_id = (select public.current_company_id()))
    with check (company_id = (select public.current_company_id()));

create policy messages_delete on public.messages
    for delete to authenticated
    using (company_id = (select public.current_company_id()));

grant select, insert, update, delete on public.messages to authenticated;
grant all on public.messages to service_role;

-- ==== schema/10_tables/10_call_recordings.sql
-- call_recordings: audio recordings of voice conversations, kept in object storage.

create table public.call_recordings (
    id uuid not null default gen_random_uuid(),
    company_id uuid not null,
    conversation_id uuid not null,
    storage_bucket text not null default 'recordings',
    storage_path text not null,
    mime_type text not null default 'audio/mpeg',
    size_bytes bigint,
    duration_seconds integer,
    transcript text,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint call_recordings_pkey primary key (id),
    constraint call_recordings_storage_bucket_storage_path_key unique (storage_bucket, storage_path),
    constraint call_recordings_company_id_fkey foreign key (company_id)
        references public.companies (id) on delete cascade,
    constraint call_recordings_conversation_id_fkey foreign key (company_id, conversation_id)
        references public.conversations (company_id, id) on delete cascade,
    constraint call_recordings_storage_path_check check (btrim(storage_path) <> ''),
    constraint call_recordings_mime_type_check check (mime_type like 'audio/%'),
    constraint call_recordings_size_bytes_check check (size_bytes >= 0),
    constraint call_recordings_duration_seconds_check check (duration_seconds >= 0)
);

create index call_recordings_conversation_id_idx on public.call_recordings (conversation_id);
create index call_recordings_company_id_idx on public.call_recordings (company_id);

comment on table public.call_recordings is 'Recordings of voice conversations; the audio lives in the storage bucket, this row points to it.';
comment on column public.call_recordings.storage_bucket is 'Storage bucket holding the audio file (the private bucket "recordings").';
comment on column public.call_recordings.storage_path is 'Object path of the audio file within the bucket.';
comment on column public.call_recordings.duration_seconds is 'Length of the recording in seconds.';
comment on column public.call_recordings.transcript is 'Speech-to-text transcript of the call, once available.';

create trigger set_updated_at
    before update on public.call_recordings
    for each row execute function public.set_updated_at();

-- Row level security: every user of the company reads and adds recordings; owners and
-- admins change or delete them.
alter table public.call_recordings enable row level security;
alter table public.call_recordings force row level security;

create policy call_recordings_select on public.call_recordings
    for select to authenticated
    using (company_id = (select public.current_company_id()));

create policy call_recordings_insert on public.call_recordings
    for insert to authenticated
    with check (company_id = (select public.current_company_id()));

create policy call_recordings_update on public.call_recordings
    for update to authenticated
    using (
        company_id = (select public.current_company_id())
        and (select public.current_user_role()) in ('owner', 'admin')
    )
    with check (company_id = (select public.current_company_id()));

create policy call_recordings_delete on public.call_recordings
    for delete to authenticated
    using (
        company_id = (select public.current_company_id())
        and (select public.current_user_role()) in ('owner', 'admin')
    );

grant select, insert, update, delete on public.call_recordings to authenticated;
grant all on public.call_recordings to service_role;

-- ==== schema/10_tables/11_api_keys.sql
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
    constraint api_keys_pkey primary key (id),
    constraint api_keys_key_hash_key unique (key_hash),
    constraint api_keys_company_id_fkey foreign key (company_id)
        references public.companies (id) on delete cascade,
    constraint api_keys_created_by_fkey foreign key (company_id, created_by)
        references public.users (company_id, id) on delete set null (created_by),
    constraint api_keys_name_check check (btrim(name) <> ''),
    constraint api_keys_key_hash_check check (key_hash ~ '^[0-9a-f]{64}$')
);

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
        company_id = (select public.current_company_id())
        and (select public.current_user_role()) in ('owner', 'admin')
    );

create policy api_keys_insert on public.api_keys
    for insert to authenticated
    with check (
        company_id = (select public.current_company_id())
        and (select public.current_user_role()) in ('owner', 'admin')
    );

create policy api_keys_update on public.api_keys
    for update to authenticated
    using (
        company_id = (select public.current_company_id())
        and (select public.current_user_role()) in ('owner', 'admin')
    )
    with check (company_id = (select public.current_company_id()));

create policy api_keys_delete on public.api_keys
    for delete to authenticated
    using (
        company_id = (select public.current_company_id())
        and (select public.current_user_role()) in ('owner', 'admin')
    );

grant select, insert, update, delete on public.api_keys to authenticated;
grant all on public.api_keys to service_role;

-- ==== schema/10_tables/12_workflows.sql
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
    constraint workflows_pkey primary key (id),
    constraint workflows_company_id_id_key unique (company_id, id),
    constraint workflows_company_id_fkey foreign key (company_id)
        references public.companies (id) on delete cascade,
    constraint workflows_created_by_fkey foreign key (company_id, created_by)
        references public.users (company_id, id) on delete set null (created_by),
    constraint workflows_name_check check (btrim(name) <> ''),
    constraint workflows_definition_check check (
        jsonb_typeof(definition -> 'nodes') = 'array' and jsonb_typeof(definition -> 'edges') = 'array'
    )
);

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
    using (company_id = (select public.current_company_id()));

create policy workflows_insert on public.workflows
    for insert to authenticated
    with check (
        company_id = (select public.current_company_id())
        and (select public.current_user_role()) in ('owner', 'admin')
    );

create policy workflows_update on public.workflows
    for update to authenticated
    using (
        company_id = (select public.current_company_id())
        and (select public.current_user_role()) in ('owner', 'admin')
    )
    with check (company_id = (select public.current_company_id()));

create policy workflows_delete on public.workflows
    for delete to authenticated
    using (
        company_id = (select public.current_company_id())
        and (select public.current_user_role()) in ('owner', 'admin')
    );

grant select, insert, update, delete on public.workflows to authenticated;
grant all on public.workflows to service_role;

-- ==== schema/10_tables/13_workflow_executions.sql
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
    constraint workflow_executions_pkey primary key (id),
    constraint workflow_executions_company_id_fkey foreign key (company_id)
        references public.companies (id) on delete cascade,
    constraint workflow_executions_workflow_id_fkey foreign key (company_id, workflow_id)
        references public.workflows (company_id, id) on delete cascade,
    constraint workflow_executions_conversation_id_fkey foreign key (company_id, conversation_id)
        references public.conversations (company_id, id) on delete set null (conversation_id),
    constraint workflow_executions_finished_at_check check (
        finished_at is null or (started_at is not null and finished_at >= started_at)
    )
);

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
    using (company_id = (select public.current_company_id()));

grant select on public.workflow_executions to authenticated;
grant all on public.workflow_executions to service_role;

-- ==== schema/10_tables/14_notifications.sql
-- notifications: messages to individual users (in-app inbox).

create table public.notifications (
    id uuid not null default gen_random_uuid(),
    company_id uuid not null,
    user_id uuid not null,
    type text not null,
    title text not null,
    body text,
    data jsonb not null default '{}'::jsonb,
    read_at timestamptz,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint notifications_pkey primary key (id),
    constraint notifications_company_id_fkey foreign key (company_id)
        references public.companies (id) on delete cascade,
    constraint notifications_user_id_fkey foreign key (company_id, user_id)
        references public.users (company_id, id) on delete cascade,
    constraint notifications_type_check check (type ~ '^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$')
);

create index notifications_user_id_created_at_idx on public.notifications (user_id, created_at desc);
create index notifications_user_id_unread_idx on public.notifications (user_id) where read_at is null;
create index notifications_company_id_idx on public.notifications (company_id);

comment on table public.notifications is 'Notifications addressed to a single user, shown in their inbox until read.';
comment on column public.notifications.type is 'Kind of notification, dotted lowercase, e.g. conversation.escalated or deal.won.';
comment on column public.notifications.data is 'Payload for the client (ids of the objects concerned, links) as a JSON object.';
comment on column public.notifications.read_at is 'When the user read the notification; null while unread.';

create trigger set_updated_at
    before update on public.notifications
    for each row execute function public.set_updated_at();

-- Row level security: a user sees, marks read and deletes only their own notifications.
-- Notifications are created by the back end (service_role).
alter table public.notifications enable row level security;
alter table public.notifications force row level security;

create policy notifications_select on public.notifications
    for select to authenticated
    using (company_id = (select public.current_company_id()) and user_id = (select auth.uid()));

create policy notifications_update on public.notifications
    for update to authenticated
    using (company_id = (select public.current_company_id()) and user_id = (select auth.uid()))
    with check (company_id = (select public.current_company_id()) and user_id = (select auth.uid()));

create policy notifications_delete on public.notifications
    for delete to authenticated
    using (company_id = (select public.current_company_id()) and user_id = (select auth.uid()));

grant select, update, delete on public.notifications to authenticated;
grant all on public.notifications to service_role;

-- ==== schema/10_tables/15_notification_preferences.sql
-- notification_preferences: per user, which kinds of notification go to which channel.

create table public.notification_preferences (
    id uuid not null default gen_random_uuid(),
    company_id uuid not null,
    user_id uuid not null,
    channel public.notification_channel not null,
    type text not null,
    enabled boolean not null default true,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint notification_preferences_pkey primary key (id),
    constraint notification_preferences_user_id_channel_type_key unique (user_id, channel, type),
    constraint notification_preferences_company_id_fkey foreign key (company_id)
        references public.companies (id) on delete cascade,
    constraint notification_preferences_user_id_fkey foreign key (company_id, user_id)
        references public.users (company_id, id) on delete cascade,
    constraint notification_preferences_type_check check (type = '*' or type ~ '^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$')
);

create index notification_preferences_company_id_idx on public.notification_preferences (company_id);

comment on table public.notification_preferences is 'Notification settings: whether a user receives a type of notification on a channel.';
comment on column public.notification_preferences.type is 'Notification type the preference applies to (see notifications.type), or * for all types.';
comment on column public.notification_preferences.enabled is 'Whether notifications of this type are delivered on this channel.';

create trigger set_updated_at
    before update on public.notification_preferences
    for each row execute function public.set_updated_at();

-- Row level security: a user manages only their own preferences.
alter table public.notification_preferences enable row level security;
alter table public.notification_preferences force row level security;

create policy notification_preferences_select on public.notification_preferences
    for select to authenticated
    using (company_id = (select public.current_company_id()) and user_id = (select auth.uid()));

create policy notification_preferences_insert on public.notification_preferences
    for insert to authenticated
    with check (company_id = (select public.current_company_id()) and user_id = (select auth.uid()));

create policy notification_preferences_update on public.notification_preferences
    for update to authenticated
    using (company_id = (select public.current_company_id()) and user_id = (select auth.uid()))
    with check (company_id = (select public.current_company_id()) and user_id = (select auth.uid()));

create policy notification_preferences_delete on public.notification_preferences
    for delete to authenticated
    using (company_id = (select public.current_company_id()) and user_id = (select auth.uid()));

grant select, insert, update, delete on public.notification_preferences to authenticated;
grant all on public.notification_preferences to service_role;

-- ==== schema/30_functions.sql
-- Functions that reference tables (loaded after 10_tables/).

-- Semantic search over the knowledge chunks the caller may read. SECURITY INVOKER (the
-- default): row level security of knowledge_chunks applies, so a user only ever gets
-- chunks of their own company.
create function public.match_knowledge_chunks(
    query_embedding public.vector(1536),
    match_count integer default 5,
    filter_knowledge_base_id uuid default null,
    min_similarity double precision default 0
)
returns table (id uuid, knowledge_base_id uuid, content text, similarity double precision)
language sql
stable
as $$
    select c.id,
           c.knowledge_base_id,
           c.content,
           1 - (c.embedding <=> query_embedding) as similarity
      from public.knowledge_chunks as c
     where (filter_knowledge_base_id is null or c.knowledge_base_id = filter_knowledge_base_id)
       and 1 - (c.embedding <=> query_embedding) >= min_similarity
     order by c.embedding <=> query_embedding
     limit match_count
$$;

comment on function public.match_knowledge_chunks(public.vector, integer, uuid, double precision) is
    'Knowledge chunks nearest to query_embedding by cosine distance, most similar first; subject to row level security.';

revoke execute on function public.match_knowledge_chunks(public.vector, integer, uuid, double precision) from public;
grant execute on function public.match_knowledge_chunks(public.vector, integer, uuid, double precision)
    to authenticated, service_role;

-- Verify a raw API key: the company, key id and scopes of the live (not revoked, not
-- expired) key with this hash, recording the use in last_used_at; no row for an unknown,
-- revoked or expired key. SECURITY DEFINER because the caller has no company context
-- yet; callable only by the back end (service_role), which authenticates external
-- integrations.
create function public.verify_api_key(raw_key text)
returns table (company_id uuid, api_key_id uuid, scopes text[])
language sql
volatile
security definer
set search_path = ''
as $$
    update public.api_keys as k
       set last_used_at = now()
     where k.key_hash = encode(sha256(convert_to(raw_key, 'UTF8')), 'hex')
       and k.revoked_at is null
       and (k.expires_at is null or k.expires_at > now())
    returning k.company_id, k.id, k.scopes
$$;

comment on function public.verify_api_key(text) is
    'Company, key id and scopes of a live API key given in clear; updates last_used_at. For service_role only.';

revoke execute on function public.verify_api_key(text) from public;
grant execute on function public.verify_api_key(text) to service_role;

-- Trigger function on conversations: queue a pending execution of every enabled workflow
-- of the conversation's company whose trigger event matches: conversation.created on
-- insert, conversation.<status> when the status changes. SECURITY DEFINER so that it
-- works for users who cannot write workflow_executions; it only reads and writes rows of
-- NEW.company_id.
create function public.enqueue_conversation_workflows()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
    event text;
begin
    if tg_op = 'INSERT' then
        event := 'conversation.created';
    elsif new.status is distinct from old.status then
        event := 'conversation.' || new.status::text;
    else
        return null;
    end if;

    insert into public.workflow_executions (company_id, workflow_id, conversation_id, trigger_event, status, input)
    select w.company_id,
           w.id,
           new.id,
           w.trigger_event,
           'pending',
           jsonb_build_object(
               'event', event,
               'conversation_id', new.id,
               'channel', new.channel,
               'status', new.status
           )
      from public.workflows as w
     where w.company_id = new.company_id
       and w.enabled
       and w.trigger_event::text = event;

    return null;
end
$$;

comment on function public.enqueue_conversation_workflows() is
    'AFTER trigger function on conversations: queues pending workflow_executions for matching enabled workflows of the same company.';

revoke execute on function public.enqueue_conversation_workflows() from public;

-- ==== schema/40_triggers.sql
-- Triggers whose functions are defined in 30_functions.sql.

create trigger enqueue_workflows
    after insert or update of status on public.conversations
    for each row execute function public.enqueue_conversation_workflows();

