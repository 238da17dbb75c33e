create table public.notes (
    id integer primary key,
    owner_name text not null default current_user,
    body text
);
alter table public.notes enable row level security;
create policy notes_edit on public.notes for update to sdcase_app
    using (owner_name = current_user);
