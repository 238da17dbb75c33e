create table public.people (id integer primary key, name text not null);
