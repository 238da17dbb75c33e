create table public.events (id integer primary key, kind text, at timestamptz);
create index events_kind_idx on public.events (kind);
comment on index public.events_kind_idx is 'lookups by kind';
