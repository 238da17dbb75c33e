create table public.invoices (id integer primary key, number bigint);
create sequence public.invoice_numbers owned by public.invoices.number;
