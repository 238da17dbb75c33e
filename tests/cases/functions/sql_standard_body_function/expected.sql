-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter setting check_function_bodies | hazards: -
set check_function_bodies = off;

-- step 2 | create function public.double_it | hazards: -
CREATE OR REPLACE FUNCTION public.double_it(x integer)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
RETURN (x * 2);
