-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter setting check_function_bodies | hazards: -
set check_function_bodies = off;

-- step 2 | create function public.write_log | hazards: -
CREATE OR REPLACE PROCEDURE public.write_log(IN msg text)
 LANGUAGE sql
AS $procedure$ insert into public.log (message) values (msg) $procedure$;
