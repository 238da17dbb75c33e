create table public.contacts (
    id integer primary key,
    notes text
);
create index contacts_notes_idx on public.contacts (notes);
