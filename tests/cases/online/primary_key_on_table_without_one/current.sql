create table public.audit (id bigint, body text);
