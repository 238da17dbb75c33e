create table public.users (
    id integer primary key,
    -- schemadiff:renamed-from full_name
    name text not null,
    email text,
    constraint users_full_name_check check (name <> '')
);
create index users_full_name_idx on public.users (lower(name));
create view public.user_names as select id, name as full_name from public.users;
comment on column public.users.name is 'As the user writes it.';
