create table public.notes (
    id integer primary key,
    body text constraint notes_body_required not null
);
