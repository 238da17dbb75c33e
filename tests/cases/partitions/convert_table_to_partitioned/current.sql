create table public.measurements (
    id bigint not null,
    taken_at date not null,
    value double precision
);
