-- A new table with a virtual generated column (PostgreSQL 18) and a stored one, and a
-- generated column added to and dropped from an existing table.
create table public.people (id integer primary key, first_name text not null, last_name text not null, full_name text generated always as (first_name || ' ' || last_name) virtual);
create table public.prices (
    id integer primary key,
    net numeric(12, 2) not null,
    rate numeric(4, 3) not null default 0.2,
    gross numeric generated always as (net * (1 + rate)) virtual,
    net_cents bigint generated always as ((net * 100)::bigint) stored
);
