create table public.shipments (
    id bigint,
    shipped_on date not null,
    carrier text,
    constraint shipments_pkey primary key (id, shipped_on)
) partition by range (shipped_on);
create table public.shipments_2026 partition of public.shipments for values from ('2026-01-01') to ('2027-01-01');
