-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter setting check_function_bodies | hazards: -
set check_function_bodies = off;

-- step 2 | create function public.log_ddl | hazards: -
CREATE OR REPLACE FUNCTION public.log_ddl()
 RETURNS event_trigger
 LANGUAGE plpgsql
AS $function$
begin
    raise notice 'ddl: %', tg_tag;
end
$function$;

-- step 3 | create event_trigger log_ddl | hazards: -
create event trigger log_ddl on ddl_command_end execute function public.log_ddl();
