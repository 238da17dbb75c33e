create table public.chunks (
    id bigint primary key,
    content text not null,
    embedding public.vector(3) not null,
    summary public.halfvec(4)
);
create index chunks_embedding_ivf on public.chunks
    using ivfflat (embedding public.vector_cosine_ops) with (lists = 100);
