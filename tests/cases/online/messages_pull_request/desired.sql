create table public.conversations (id uuid primary key, company_id uuid not null);
create table public.messages (
    id uuid primary key,
    company_id uuid not null,
    conversation_id uuid not null,
    content text not null,
    token_count integer not null,
    created_at timestamptz not null default now(),
    priority integer check (priority between 0 and 10),
    constraint messages_company_id_id_key unique (company_id, id),
    constraint messages_conversation_id_fkey foreign key (conversation_id) references public.conversations (id)
);
create index messages_conversation_id_idx on public.messages (conversation_id);
create index messages_company_id_created_at_idx on public.messages (company_id, created_at);
