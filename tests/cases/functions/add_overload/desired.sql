create function public.greet(who text)
returns text
language sql
immutable
as $$ select 'hello ' || who $$;
create function public.greet(who text, times integer)
returns text
language sql
immutable
as $$ select repeat('hello ' || who || ' ', times) $$;
