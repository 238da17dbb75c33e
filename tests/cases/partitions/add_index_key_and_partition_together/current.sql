create table public.accounts (id bigint primary key);
create table public.ledger (
    account_id bigint not null,
    booked_on date not null,
    amount numeric(12, 2) not null,
    memo text
) partition by range (booked_on);
create table public.ledger_2025 partition of public.ledger
    for values from ('2025-01-01') to ('2026-01-01');
