create table public.keep (id bigint primary key);
