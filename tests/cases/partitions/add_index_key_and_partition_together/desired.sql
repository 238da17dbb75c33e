create table public.accounts (id bigint primary key);
create table public.ledger (
    account_id bigint not null,
    booked_on date not null,
    amount numeric(12, 2) not null,
    memo text
) partition by range (booked_on);
create table public.ledger_2025 partition of public.ledger
    for values from ('2025-01-01') to ('2026-01-01');
create table public.ledger_2026 partition of public.ledger
    for values from ('2026-01-01') to ('2027-01-01');
create index ledger_account on public.ledger (account_id, booked_on);
alter table public.ledger add constraint ledger_key unique (account_id, booked_on, amount);
alter table public.ledger add constraint ledger_account_fkey foreign key (account_id) references public.accounts (id);
alter table public.ledger add constraint ledger_amount_check check (amount <> 0);
