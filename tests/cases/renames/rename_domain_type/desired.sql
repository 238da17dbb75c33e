-- schemadiff:renamed-from email
create domain public.email_address as text check (value like '%@%');
create table public.users (id integer primary key, email public.email_address);
