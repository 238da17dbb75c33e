create table public.conversations (id uuid primary key, company_id uuid not null);
create table public.messages (
    id uuid primary key,
    company_id uuid not null,
    conversation_id uuid not null,
    content text not null,
    token_count integer,
    created_at timestamptz not null default now()
);
create index messages_conversation_id_idx on public.messages (conversation_id);
