-- A view created with its INSTEAD OF trigger (and, the other way, dropped with it): the
-- trigger after the view, dropped before it.
create table public.people (id integer primary key, name text not null);
create function public.people_view_insert() returns trigger language plpgsql as $$
begin
    insert into public.people (id, name) values (new.id, new.name);
    return new;
end
$$;
create view public.people_view as select id, name from public.people;
create trigger people_view_insert instead of insert on public.people_view
    for each row execute function public.people_view_insert();
