create table public.clients (
    id integer primary key,
    name text not null
);
