create table public.log (id serial primary key, message text);
create procedure public.write_log(msg text)
language sql
as $$ insert into public.log (message) values (msg) $$;
