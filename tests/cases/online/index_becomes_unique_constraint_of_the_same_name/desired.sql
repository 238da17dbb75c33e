create table public.users (id integer primary key, email text, constraint users_email_key unique (email));
