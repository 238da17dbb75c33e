create table public.notes (
    id integer primary key,
    owner_name varchar(40) not null default current_user,
    body text
);
alter table public.notes enable row level security;
create policy notes_read on public.notes for select to sdcase_app
    using (owner_name = current_user);
