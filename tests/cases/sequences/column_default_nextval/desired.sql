create sequence public.invoice_numbers;
create table public.invoices (
    id integer primary key,
    number bigint not null default nextval('public.invoice_numbers')
);
