create table public.contacts (
    id integer primary key,
    notes character varying(500)
);
create index contacts_notes_idx on public.contacts (notes);
