create table public.notes (
    id integer primary key,
    owner text not null default current_user
);
alter table public.notes enable row level security;
-- schemadiff:renamed-from notes_select_own
create policy own_notes on public.notes for select using (owner = current_user);
