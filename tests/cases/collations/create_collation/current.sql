create table public.words (
    id integer primary key,
    word text not null
);
