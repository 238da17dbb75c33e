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
    constraint knowledge_chunks_pkey primary key (company_id, id),
    constraint knowledge_chunks_company_id_fkey foreign key (company_id)
        references public.companies (id) on delete cascade,
    constraint knowledge_chunks_knowledge_base_id_fkey foreign key (company_id, knowledge_base_id)
        references public.knowledge_bases (company_id, id) on delete cascade,
    constraint knowledge_chunks_chunk_index_check check (chunk_index >= 0),
    constraint knowledge_chunks_token_count_check check (token_count >= 0)
);

select create_distributed_table('public.knowledge_chunks', 'company_id', colocate_with => 'public.companies');

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
    using (company_id = public.current_company_id());

create policy knowledge_chunks_insert on public.knowledge_chunks
    for insert to authenticated
    with check (
        company_id = public.current_company_id()
        and public.current_user_role() in ('owner', 'admin')
    );

create policy knowledge_chunks_update on public.knowledge_chunks
    for update to authenticated
    using (
        company_id = public.current_company_id()
        and public.current_user_role() in ('owner', 'admin')
    )
    with check (company_id = public.current_company_id());

create policy knowledge_chunks_delete on public.knowledge_chunks
    for delete to authenticated
    using (
        company_id = public.current_company_id()
        and public.current_user_role() in ('owner', 'admin')
    );

grant select, insert, update, delete on public.knowledge_chunks to authenticated;
grant all on public.knowledge_chunks to service_role;
