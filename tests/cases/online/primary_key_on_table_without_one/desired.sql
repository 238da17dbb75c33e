create table public.audit (id bigint primary key, body text);
