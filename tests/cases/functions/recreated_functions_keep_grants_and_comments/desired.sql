-- Functions whose header changes (what one returns, the name of the other's argument) are
-- dropped and created again: their grants (PUBLIC's EXECUTE revoked) and comments must come back.
create type public.mood as enum ('ok', 'bad');
create function public.answer() returns bigint language sql immutable as $$ select 42::bigint $$;
revoke execute on function public.answer() from public;
grant execute on function public.answer() to sdcase_reader;
comment on function public.answer() is 'the answer';
create function public.describe(how public.mood) returns text language sql immutable
    as $$ select 'feeling ' || how::text $$;
revoke execute on function public.describe(public.mood) from public;
grant execute on function public.describe(public.mood) to sdcase_reader;
comment on function public.describe(public.mood) is 'says how it feels';
create function public.rate(feeling public.mood) returns bigint language sql immutable
    as $$ select case when feeling = 'ok' then 1::bigint else 0::bigint end $$;
revoke execute on function public.rate(public.mood) from public;
grant execute on function public.rate(public.mood) to sdcase_reader;
comment on function public.rate(public.mood) is 'one for ok';
