create table public.prices (
    product integer not null,
    valid_at tstzrange not null,
    amount numeric not null,
    constraint prices_pkey primary key (product, valid_at without overlaps)
);
