create function public.log_ddl() returns event_trigger language plpgsql as $$
begin
    raise notice 'ddl: %', tg_tag;
end
$$;
create event trigger log_ddl on ddl_command_end when tag in ('CREATE TABLE', 'ALTER TABLE') execute function public.log_ddl();
alter event trigger log_ddl disable;
