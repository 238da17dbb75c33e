create table public.notes (
    id integer primary key,
    owner_name text not null default current_user,
    body text
);
alter table public.notes enable row level security;

create table public.note_readers (
    note_id integer not null references public.notes (id),
    reader text not null,
    primary key (note_id, reader)
);
create policy notes_shared on public.notes for select
    using (exists (select 1 from public.note_readers r where r.note_id = notes.id and r.reader = current_user));
