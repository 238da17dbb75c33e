-- Deferrable keys and foreign keys added to existing tables and created with a new one:
-- a key adopts its index with its DEFERRABLE clause, a foreign key is added NOT VALID with
-- its own, then validated.
create table public.parents (id integer primary key, code text not null);
create table public.children (id integer not null, parent_id integer, position integer not null);
