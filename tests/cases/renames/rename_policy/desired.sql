create table public.notes (
    id integer primary key,
    owner text not null default current_user
);
alter table public.notes enable row level security;
-- schemadiff:renamed-from own_notes
create policy notes_select_own on public.notes for select using (owner = current_user);
