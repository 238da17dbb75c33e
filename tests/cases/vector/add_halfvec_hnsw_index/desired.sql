create table public.chunks (
    id bigint primary key,
    content text not null,
    embedding public.vector(3) not null,
    summary public.halfvec(4)
);
create index chunks_summary_idx on public.chunks using hnsw (summary public.halfvec_cosine_ops);
