create table public.accounts (
    id bigint not null,
    region text not null,
    email text
) partition by list (region);
create table public.accounts_eu partition of public.accounts for values in ('eu');
create table public.accounts_us partition of public.accounts for values in ('us');
create unique index accounts_region_id_key on public.accounts (region, id) include (email);
comment on index public.accounts_region_id_key is 'one account per region and id';
