create table public.tickets (id integer primary key, title text, priority integer not null default 3 check (priority between 0 and 5));
