create table public.notes (id integer primary key, body text);
alter table public.notes owner to sdcase_owner_a;
create view public.note_ids as select id from public.notes;
alter view public.note_ids owner to sdcase_owner_a;
