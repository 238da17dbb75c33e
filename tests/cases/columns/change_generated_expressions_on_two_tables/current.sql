-- The expressions of generated columns of two tables change (SET EXPRESSION, PostgreSQL 17+):
-- table by table in schema and name order, each table's columns in their order.
create table public.orders (
    id integer primary key,
    net numeric(12, 2) not null,
    tax numeric(12, 2) generated always as (net * 0.2) stored,
    gross numeric(12, 2) generated always as (net * 1.2) stored
);
create table public."Invoices" (
    id integer primary key,
    amount numeric(12, 2) not null,
    label text generated always as ('INV-' || id) stored
);
