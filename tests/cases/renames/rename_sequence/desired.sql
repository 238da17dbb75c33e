-- schemadiff:renamed-from invoice_seq
create sequence public.invoice_numbers start 1000;
create table public.invoices (id integer primary key, number bigint not null default nextval('public.invoice_numbers'));
