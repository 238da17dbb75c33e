-- Functions whose header changes (a result type; an argument's name, of a function and of a
-- procedure) in one plan with functions that change otherwise (a body; only a COST), one
-- dropped and one new: each header change is a drop and a creation, in the order migra's
-- inspector and migra_fixes give them (the light families write the same), with its grants
-- and comment back.
create function public.a_total(n integer) returns bigint language sql immutable
    as $$ select n::bigint * 2 $$;
grant execute on function public.a_total(integer) to sdcase_reader;
create function public.b_label(value integer) returns text language sql immutable
    as $$ select 'n=' || value $$;
comment on function public.b_label(integer) is 'labels a number';
create function public.c_body() returns integer language sql immutable as $$ select 10 $$;
create function public.d_cost() returns integer language sql immutable cost 20 as $$ select 2 $$;
create procedure public.e_log(note text) language plpgsql
    as $$ begin raise notice '%', note; end $$;
revoke execute on procedure public.e_log(text) from public;
grant execute on procedure public.e_log(text) to sdcase_reader;
create function public.g_new() returns integer language sql as $$ select 4 $$;
create function public.h_series(n integer) returns setof bigint language sql stable
    as $$ select generate_series(1, n::bigint) $$;
