create function public.answer()
returns bigint
language sql
immutable
as $$ select 42::bigint $$;
