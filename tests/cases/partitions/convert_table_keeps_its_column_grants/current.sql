create table public.measurements (
    id bigint not null,
    taken_at date not null,
    value double precision
);
grant select (id, taken_at) on public.measurements to sdcase_meter_reader;
grant update (value) on public.measurements to sdcase_meter_reader;
