create table public.measurements (
    id bigint not null,
    taken_at date not null,
    value double precision
);
alter table public.measurements add constraint measurements_pkey primary key (id, taken_at);
create index measurements_value_idx on public.measurements (value);
