create table public.items (id int primary key, name text, note text, archived boolean not null default false);
create view public.active_items as select id, name from public.items where not archived;
create rule active_items_delete as on delete to public.active_items
    do instead update public.items set archived = true where id = old.id;
