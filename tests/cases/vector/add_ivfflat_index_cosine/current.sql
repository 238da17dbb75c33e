create table public.chunks (
    id bigint primary key,
    content text not null,
    embedding public.vector(3) not null,
    summary public.halfvec(4)
);
