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
create function public.measurements_stamp() returns trigger language plpgsql as $$ begin return new; end $$;
create trigger measurements_stamp before insert on public.measurements for each row execute function public.measurements_stamp();
create index measurements_taken_at on public.measurements (taken_at);
