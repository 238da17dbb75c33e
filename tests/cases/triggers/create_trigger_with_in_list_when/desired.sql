create table public.probe_types (
    id integer primary key,
    entity_type varchar(50) not null
);
create function public.touch() returns trigger language plpgsql as $$
begin
    return new;
end
$$;
create trigger probe_types_touch before update on public.probe_types
    for each row when (new.entity_type in ('area', 'event')) execute function public.touch();
