-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter setting check_function_bodies | hazards: -
set check_function_bodies = off;

-- step 2 | create function public.fib | hazards: -
CREATE OR REPLACE FUNCTION public.fib(n integer)
 RETURNS bigint
 LANGUAGE plpgsql
 IMMUTABLE STRICT
AS $function$
declare
    a bigint := 0;
    b bigint := 1;
begin
    for i in 1..n loop
        select b, a + b into a, b;
    end loop;
    return a;
end
$function$;
