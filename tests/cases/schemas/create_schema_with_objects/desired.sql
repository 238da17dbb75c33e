create schema billing;
create type billing.currency as enum ('EUR', 'USD');
create table billing.prices (
    id integer primary key,
    currency billing.currency not null,
    amount numeric(12, 2) not null
);
create index prices_currency_idx on billing.prices (currency);
create view billing.usd_prices as select id, amount from billing.prices where currency = 'USD';
create function billing.to_cents(amount numeric) returns bigint language sql immutable as $$ select (amount * 100)::bigint $$;
