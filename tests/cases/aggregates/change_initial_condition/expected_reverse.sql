-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop aggregate public.norm(integer) | hazards: -
drop aggregate public.norm(integer);

-- step 2 | create aggregate public.norm(integer) | hazards: -
create aggregate public.norm(integer) (sfunc = public.sum_sq_step, stype = bigint, finalfunc = public.sum_sq_final, initcond = '0');

-- step 3 | drop privilege execute on function public.norm(integer) from PUBLIC | hazards: ACCESS_NARROWED
revoke execute on function public.norm(integer) from PUBLIC;

-- step 4 | create privilege execute on function public.norm(integer) to sdcase_agg_reader | hazards: ACCESS_WIDENED
grant execute on function public.norm(integer) to sdcase_agg_reader;

-- step 5 | create comment aggregate public.norm(integer) | hazards: -
comment on aggregate public.norm(integer) is 'Euclidean norm of the values.';
