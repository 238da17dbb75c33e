create domain public.email as text check (value ~ '^[^@]+@[^@]+$');
create table public.subscribers (
    id integer primary key,
    email public.email not null
);
