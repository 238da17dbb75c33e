create table public.measurements (
    id bigint not null,
    taken_at date not null,
    value double precision
);
create publication measurements_feed for table public.measurements (id, taken_at, value) where (value is not null);
