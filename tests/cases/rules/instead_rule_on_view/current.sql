create table public.items (id int primary key, name text, archived boolean not null default false);
create view public.active_items as select id, name from public.items where not archived;
