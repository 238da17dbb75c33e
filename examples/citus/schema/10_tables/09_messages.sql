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
    constraint messages_pkey primary key (company_id, id),
    constraint messages_company_id_fkey foreign key (company_id)
        references public.companies (id) on delete cascade,
    constraint messages_conversation_id_fkey foreign key (company_id, conversation_id)
        references public.conversations (company_id, id) on delete cascade,
    constraint messages_token_count_check check (token_count >= 0)
);

select create_distributed_table('public.messages', 'company_id', colocate_with => 'public.companies');

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
    using (company_id = public.current_company_id());

create policy messages_insert on public.messages
    for insert to authenticated
    with check (company_id = public.current_company_id());

create policy messages_update on public.messages
    for update to authenticated
    using (company_id = public.current_company_id())
    with check (company_id = public.current_company_id());

create policy messages_delete on public.messages
    for delete to authenticated
    using (company_id = public.current_company_id());

grant select, insert, update, delete on public.messages to authenticated;
grant all on public.messages to service_role;
