create type public.account_tier as enum ('free', 'pro', 'enterprise');
create table public.accounts (
    id integer primary key,
    email text not null,
    tier public.account_tier not null default 'free'
);
