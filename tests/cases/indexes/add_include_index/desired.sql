create table public.documents (
    id integer primary key,
    owner_id integer not null,
    title text not null,
    status text not null default 'draft',
    body jsonb,
    created_at timestamptz not null default now()
);
create index documents_owner_id_incl_idx on public.documents (owner_id) include (title, status);
