create table public.accounts (
    id integer primary key,
    region varchar(10) not null,
    is_eu boolean generated always as (region in ('eu-west', 'eu-central')) stored
);
