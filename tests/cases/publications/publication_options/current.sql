create table public.events (id int primary key, kind text);
create publication events_feed for table public.events;
