create table public.events (id integer primary key, kind text);
create index events_kind_idx on public.events (kind);
