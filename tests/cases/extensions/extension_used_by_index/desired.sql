create extension if not exists pg_trgm with schema public;
create table public.people (id integer primary key, name text not null);
create index people_name_trgm_idx on public.people using gin (name public.gin_trgm_ops);
