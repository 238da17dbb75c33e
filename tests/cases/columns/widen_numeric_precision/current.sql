create table public.deals (
    id integer primary key,
    amount numeric(10,2) not null default 0
);
