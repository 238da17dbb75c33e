create table public.measurements (
    id bigint not null,
    taken_at date not null,
    value double precision
);
alter table public.measurements enable row level security;
alter table public.measurements force row level security;
create policy measurements_read on public.measurements for select using (true);
grant select on public.measurements to public;
comment on table public.measurements is 'readings';
