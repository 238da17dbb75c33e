-- Functions whose header changes (a result type; an argument's name, of a function and of a
-- procedure) in one plan with functions that change otherwise (a body; only a COST), one
-- dropped and one new: each header change is a drop and a creation, in the order migra's
-- inspector and migra_fixes give them (the light families write the same), with its grants
-- and comment back.
create function public.a_total(n integer) returns integer language sql immutable
    as $$ select n * 2 $$;
grant execute on function public.a_total(integer) to sdcase_reader;
create function public.b_label(n integer) returns text language sql immutable
    as $$ select 'n=' || n $$;
comment on function public.b_label(integer) is 'labels a number';
create function public.c_body() returns integer language sql immutable as $$ select 1 $$;
create function public.d_cost() returns integer language sql immutable cost 10 as $$ select 2 $$;
create procedure public.e_log(message text) language plpgsql
    as $$ begin raise notice '%', message; end $$;
revoke execute on procedure public.e_log(text) from public;
grant execute on procedure public.e_log(text) to sdcase_reader;
create function public.f_gone() returns integer language sql as $$ select 3 $$;
create function public.h_series(n integer) returns setof integer language sql stable
    as $$ select generate_series(1, n) $$;
