create function public.greet(who text)
returns text
language sql
immutable
cost 10
set work_mem = '64MB'
as $$ select 'hello ' || who $$;
