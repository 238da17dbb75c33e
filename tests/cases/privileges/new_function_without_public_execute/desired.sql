create function public.secret() returns text language sql stable as $$ select 'x' $$;
revoke execute on function public.secret() from public;
grant execute on function public.secret() to sdcase_reader;
