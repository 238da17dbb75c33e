create function public.normalize_name(name text) returns text
language sql immutable
as $$ select lower(trim(name)) $$;
create table public.people (id integer primary key, name text not null);
create index people_normalized_name_idx on public.people (public.normalize_name(name));
