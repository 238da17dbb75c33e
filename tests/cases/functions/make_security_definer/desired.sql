create function public.greet(who text)
returns text
language sql
immutable
security definer
as $$ select 'hello ' || who $$;
