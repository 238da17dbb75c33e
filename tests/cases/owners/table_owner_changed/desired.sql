create table public.accounts (id serial primary key, name text not null);
alter table public.accounts owner to sdcase_owner_b;
