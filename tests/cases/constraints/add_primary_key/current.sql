create table public.tags (
    id integer not null,
    label text
);
