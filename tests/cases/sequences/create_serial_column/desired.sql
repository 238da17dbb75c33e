create table public.invoices (id integer primary key, number bigserial);
