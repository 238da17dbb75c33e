create table public.chunks (
    id bigint primary key,
    content text not null,
    embedding public.vector(3) not null,
    summary public.halfvec(4)
);
create index chunks_embedding_idx on public.chunks using hnsw (embedding public.vector_l2_ops);
