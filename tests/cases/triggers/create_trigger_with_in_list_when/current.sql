create table public.probe_types (
    id integer primary key,
    entity_type varchar(50) not null
);
create function public.touch() returns trigger language plpgsql as $$
begin
    return new;
end
$$;
