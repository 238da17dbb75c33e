create function public.greet(who text)
returns text
language sql
immutable
as $$ select 'hello ' || who $$;
