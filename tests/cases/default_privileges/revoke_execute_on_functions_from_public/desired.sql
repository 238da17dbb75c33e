create function public.answer() returns integer language sql immutable as $$ select 42 $$;
alter default privileges revoke execute on functions from public;
-- created after the default: nobody but its owner may run it
create function public.secret() returns integer language sql immutable as $$ select 7 $$;
