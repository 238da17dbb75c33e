-- A partitioned table with a key, an index, a foreign key and a row trigger gains a partition
-- that is partitioned itself, with two partitions of its own: each gets the copies of the key,
-- the index, the foreign key and the trigger from the server (no statement of the plan's).
create table public.sites (id integer primary key);
create function public.reading_stamp() returns trigger language plpgsql as $$ begin return new; end $$;
create table public.readings (
    site_id integer not null references public.sites (id),
    taken_on date not null,
    value double precision,
    primary key (site_id, taken_on)
) partition by range (taken_on);
create index readings_value on public.readings (value);
create trigger reading_stamp before insert on public.readings for each row execute function public.reading_stamp();
create table public.readings_2025 partition of public.readings
    for values from ('2025-01-01') to ('2026-01-01');
create table public.readings_2026 partition of public.readings
    for values from ('2026-01-01') to ('2027-01-01')
    partition by list (site_id);
create table public.readings_2026_north partition of public.readings_2026 for values in (1, 2);
create table public.readings_2026_south partition of public.readings_2026 default;
