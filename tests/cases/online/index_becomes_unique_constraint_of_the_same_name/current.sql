create table public.users (id integer primary key, email text);
create index users_email_key on public.users (email);
