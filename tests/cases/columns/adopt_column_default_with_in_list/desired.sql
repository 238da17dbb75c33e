create table public.accounts (
    id integer primary key,
    region varchar(10) not null,
    is_eu boolean not null default (current_setting('app.region', true)::varchar(10) in ('eu-west', 'eu-central'))
);
