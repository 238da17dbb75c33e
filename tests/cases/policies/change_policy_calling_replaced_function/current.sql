create table public.notes (
    id integer primary key,
    owner_name text not null default current_user,
    body text
);
alter table public.notes enable row level security;
create function public.can_read_note(owner text) returns boolean
language sql stable
as $$ select owner = current_user $$;
create policy notes_read on public.notes for select to sdcase_app
    using (public.can_read_note(owner_name));
