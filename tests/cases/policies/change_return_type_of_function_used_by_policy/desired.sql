create table public.notes (
    id integer primary key,
    owner_id integer not null,
    body text
);
alter table public.notes enable row level security;
create function public.note_level(owner integer) returns bigint
language sql stable
as $$ select owner % 3 $$;
create policy notes_read on public.notes for select
    using (public.note_level(owner_id) = 1);
