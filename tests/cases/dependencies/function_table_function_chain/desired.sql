create function public.next_code() returns integer language sql immutable as $$ select 42 $$;
create table public.items (id integer primary key, code integer not null default public.next_code());
create function public.first_item() returns public.items language sql stable as $$ select * from public.items order by id limit 1 $$;
