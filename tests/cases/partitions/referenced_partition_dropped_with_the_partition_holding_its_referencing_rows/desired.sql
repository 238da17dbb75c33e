create table public.accounts (
    id bigint not null,
    region text not null,
    primary key (region, id)
) partition by list (region);
create table public.accounts_eu partition of public.accounts for values in ('eu');
create table public.payments (
    id bigint not null,
    region text not null,
    account_id bigint not null,
    foreign key (region, account_id) references public.accounts (region, id)
) partition by list (region);
create table public.payments_eu partition of public.payments for values in ('eu');
