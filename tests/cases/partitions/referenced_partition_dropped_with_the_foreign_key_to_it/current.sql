create table public.accounts (
    id bigint not null,
    region text not null,
    primary key (region, id)
) partition by list (region);
create table public.accounts_eu partition of public.accounts for values in ('eu');
create table public.accounts_us partition of public.accounts for values in ('us');
create table public.payments (
    id bigint not null,
    region text not null,
    account_id bigint not null,
    constraint payments_account_fkey foreign key (region, account_id) references public.accounts (region, id)
) partition by list (region);
create table public.payments_eu partition of public.payments for values in ('eu');
create table public.payments_us partition of public.payments for values in ('us');
-- rows: a payment kept references an account of the US partition, which the plan drops with
-- the foreign key (the DETACH of accounts_us checks the key while it is there)
insert into public.accounts values (1, 'eu'), (2, 'us');
insert into public.payments values (10, 'eu', 1), (20, 'us', 2);
