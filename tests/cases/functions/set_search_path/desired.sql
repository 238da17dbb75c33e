create function public.greet(who text)
returns text
language sql
immutable
set search_path = ''
as $$ select 'hello ' || who $$;
