create table public.plans (id integer primary key, code text not null);
create table public.accounts (id integer primary key, plan_code text);
