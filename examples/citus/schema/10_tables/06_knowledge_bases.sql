-- knowledge_bases: document collections the agents answer from.

create table public.knowledge_bases (
    id uuid not null default gen_random_uuid(),
    company_id uuid not null,
    name text not null,
    description text,
    embedding_model text not null default 'text-embedding-3-small',
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint knowledge_bases_pkey primary key (company_id, id),
    constraint knowledge_bases_company_id_name_key unique (company_id, name),
    constraint knowledge_bases_company_id_fkey foreign key (company_id)
        references public.companies (id) on delete cascade,
    constraint knowledge_bases_name_check check (btrim(name) <> '')
);

select create_distributed_table('public.knowledge_bases', 'company_id', colocate_with => 'public.companies');

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
    using (company_id = public.current_company_id());

create policy knowledge_bases_insert on public.knowledge_bases
    for insert to authenticated
    with check (
        company_id = public.current_company_id()
        and public.current_user_role() in ('owner', 'admin')
    );

create policy knowledge_bases_update on public.knowledge_bases
    for update to authenticated
    using (
        company_id = public.current_company_id()
        and public.current_user_role() in ('owner', 'admin')
    )
    with check (company_id = public.current_company_id());

create policy knowledge_bases_delete on public.knowledge_bases
    for delete to authenticated
    using (
        company_id = public.current_company_id()
        and public.current_user_role() in ('owner', 'admin')
    );

grant select, insert, update, delete on public.knowledge_bases to authenticated;
grant all on public.knowledge_bases to service_role;
