create function public.log_ddl() returns event_trigger language plpgsql as $$ begin raise notice 'ddl'; end $$;
create event trigger sdcase_log_ddl on ddl_command_end execute function public.log_ddl();
comment on event trigger sdcase_log_ddl is 'Logs every DDL command.';
