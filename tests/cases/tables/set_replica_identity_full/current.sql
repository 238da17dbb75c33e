create table public.audit (
    id integer primary key,
    body text
);
