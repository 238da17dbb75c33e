-- schemadiff:renamed-from invoice_numbers
create sequence public.invoice_seq start 1000;
create table public.invoices (id integer primary key, number bigint not null default nextval('public.invoice_seq'));
