create function public.greet(who text)
returns text
language sql
volatile
as $$ select 'hello ' || who $$;
