create table public.t (id integer primary key, n bigint generated always as identity (sequence name public.t_numbers start with 100));
