create function public.greet(who text)
returns text
language sql
immutable
strict
parallel safe
as $$ select 'hello ' || who $$;
