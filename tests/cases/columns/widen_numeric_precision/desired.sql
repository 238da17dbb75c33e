create table public.deals (
    id integer primary key,
    amount numeric(14,2) not null default 0
);
