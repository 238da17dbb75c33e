create function public.answer() returns integer language sql immutable as $$ select 42 $$;
