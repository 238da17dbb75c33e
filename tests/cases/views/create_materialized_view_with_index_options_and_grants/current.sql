-- A materialized view with a unique index, storage parameters, a grant and comments comes
-- (and, the other way, goes: its index with it).
create table public.orders (
    id integer primary key,
    customer text not null,
    total numeric(12, 2) not null
);
