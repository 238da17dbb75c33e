-- Deferrable keys and foreign keys added to existing tables and created with a new one:
-- a key adopts its index with its DEFERRABLE clause, a foreign key is added NOT VALID with
-- its own, then validated.
create table public.parents (id integer primary key, code text not null);
alter table public.parents add constraint parents_code_key unique (code) deferrable initially deferred;
create table public.children (id integer not null, parent_id integer, position integer not null);
alter table public.children add constraint children_pkey primary key (id) deferrable;
alter table public.children add constraint children_parent_position_key unique (parent_id, position) deferrable initially immediate;
alter table public.children add constraint children_parent_id_fkey foreign key (parent_id) references public.parents (id) deferrable initially deferred;
create table public.audit (id integer primary key deferrable initially deferred, parent_id integer references public.parents (id) deferrable);
