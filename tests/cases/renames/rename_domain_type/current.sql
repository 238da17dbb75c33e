-- schemadiff:renamed-from email_address
create domain public.email as text check (value like '%@%');
create table public.users (id integer primary key, email public.email);
