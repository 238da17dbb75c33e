create table public.notes (id integer primary key, owner text);
alter table public.notes enable row level security;
create policy notes_odd on public.notes for select to "sdcase_odd""role" using (owner = current_user);
