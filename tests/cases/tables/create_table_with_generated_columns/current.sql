-- A new table with stored generated columns (one NOT NULL, one with a collation), and, the
-- other way, a table dropped with them: planned from the catalog as migra writes them.
create table public.people (id integer primary key, first_name text not null, last_name text not null);
