create table public.notes (
    id integer primary key,
    owner_id integer not null,
    body text
);
alter table public.notes enable row level security;
create policy notes_read on public.notes for select
    using (owner_id > 0);
