create table public.accounts (id int primary key, email text);
create table public.account_log (id int, email text, logged_at timestamptz default now());
