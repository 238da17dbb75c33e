create table public.notes (id integer primary key, owner text);
alter table public.notes enable row level security;
