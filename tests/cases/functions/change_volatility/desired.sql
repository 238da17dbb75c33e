create function public.greet(who text)
returns text
language sql
stable
as $$ select 'hello ' || who $$;
