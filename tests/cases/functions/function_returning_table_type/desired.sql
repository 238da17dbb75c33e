create table public.items (id integer primary key, name text);
create function public.items_named(prefix text) returns setof public.items
language sql stable
as $$ select * from public.items where name like prefix || '%' $$;
