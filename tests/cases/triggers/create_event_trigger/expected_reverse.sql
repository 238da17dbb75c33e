-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop event_trigger log_ddl | hazards: -
drop event trigger log_ddl;

-- step 2 | drop function public.log_ddl | hazards: -
drop function if exists "public"."log_ddl"();
