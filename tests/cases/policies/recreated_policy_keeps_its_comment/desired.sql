-- A policy whose command changes is dropped and created again: its comment must come back.
create table public.notes (id integer primary key, author text not null default current_user);
alter table public.notes enable row level security;
create policy own_notes on public.notes for update using (author = current_user);
comment on policy own_notes on public.notes is 'each sees their own';
