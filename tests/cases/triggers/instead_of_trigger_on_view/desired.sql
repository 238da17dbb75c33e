create table public.people (id integer primary key, name text not null);
create view public.people_view as select id, name from public.people;
create function public.people_view_insert() returns trigger language plpgsql as $$
begin
    insert into public.people (id, name) values (new.id, new.name);
    return new;
end
$$;
create trigger people_view_insert instead of insert on public.people_view
    for each row execute function public.people_view_insert();
