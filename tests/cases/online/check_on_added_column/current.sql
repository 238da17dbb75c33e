create table public.tickets (id integer primary key, title text);
