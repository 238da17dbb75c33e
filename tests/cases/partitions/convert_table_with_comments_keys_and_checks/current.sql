-- A table with a unique key, a check, a foreign key of its own and comments on it, its columns,
-- its index, its constraint, its trigger and its policy, converted to a partitioned one (dropped
-- and created again: everything on it made again, the comments set again), while another table
-- gains a column.
create table public.accounts (
    id bigint primary key,
    name text not null
);
create table public.ledger (
    account_id bigint not null references public.accounts (id),
    booked_on date not null,
    reference text not null,
    amount numeric(12, 2) not null check (amount <> 0),
    unique (reference, booked_on)
);
create index ledger_account on public.ledger (account_id, booked_on);
create function public.ledger_touch() returns trigger language plpgsql as $$ begin return new; end $$;
create trigger ledger_touch before update on public.ledger for each row execute function public.ledger_touch();
comment on table public.ledger is 'money moved';
comment on column public.ledger.amount is 'never zero';
comment on index public.ledger_account is 'by account';
comment on constraint ledger_amount_check on public.ledger is 'no empty bookings';
comment on trigger ledger_touch on public.ledger is 'stamps';
alter table public.ledger enable row level security;
create policy ledger_positive on public.ledger for select using (amount > 0);
comment on policy ledger_positive on public.ledger is 'credits only';
