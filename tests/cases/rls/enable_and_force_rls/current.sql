create table public.notes (
    id integer primary key,
    owner_name text not null default current_user,
    body text
);
