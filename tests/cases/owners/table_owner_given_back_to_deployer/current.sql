create table public.accounts (id integer generated always as identity primary key, name text not null);
alter table public.accounts owner to sdcase_owner_a;
