create table public.users (
    id integer primary key,
    -- schemadiff:renamed-from name
    full_name text not null,
    email text,
    constraint users_full_name_check check (full_name <> '')
);
create index users_full_name_idx on public.users (lower(full_name));
create view public.user_names as select id, full_name from public.users;
comment on column public.users.full_name is 'As the user writes it.';
