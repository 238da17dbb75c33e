create table public.invoices (
    id bigint not null,
    issued_on date not null,
    total numeric not null,
    constraint invoices_pkey primary key (id, issued_on)
) partition by range (issued_on);
create table public.invoices_2025 partition of public.invoices for values from ('2025-01-01') to ('2026-01-01');
create table public.invoices_2026 partition of public.invoices for values from ('2026-01-01') to ('2027-01-01');
create table public.refunds (
    id bigint primary key,
    invoice_id bigint not null,
    invoice_issued_on date not null
);
