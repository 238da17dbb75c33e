create table public.docs (
    id integer primary key,
    body text not null
);
