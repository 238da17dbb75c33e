-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop privilege execute on function public.norm(integer) from PUBLIC | hazards: ACCESS_NARROWED
revoke execute on function public.norm(integer) from PUBLIC;

-- step 2 | create privilege execute on function public.norm(integer) to sdcase_agg_reader | hazards: ACCESS_WIDENED
grant execute on function public.norm(integer) to sdcase_agg_reader;
