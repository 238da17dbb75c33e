create function public.greet(person text)
returns text
language sql
immutable
as $$ select 'hello ' || person $$;
