-- A new table with a virtual generated column (PostgreSQL 18) and a stored one, and a
-- generated column added to and dropped from an existing table.
create table public.people (id integer primary key, first_name text not null, last_name text not null, initials text generated always as (left(first_name, 1) || left(last_name, 1)) virtual);
