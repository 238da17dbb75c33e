create table public.tags (
    id integer not null,
    label text,
    constraint tags_pkey primary key (id)
);
