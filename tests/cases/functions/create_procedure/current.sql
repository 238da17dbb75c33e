create table public.log (id serial primary key, message text);
