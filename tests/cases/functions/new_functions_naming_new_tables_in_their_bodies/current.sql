create table public.accounts (id integer primary key, owner text not null);
