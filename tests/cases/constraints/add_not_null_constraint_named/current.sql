create table public.notes (
    id integer primary key,
    body text
);
