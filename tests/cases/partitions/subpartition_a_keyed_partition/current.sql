-- A partition of a table with a key, an index, a foreign key and a row trigger becomes partitioned
-- itself, with two partitions of its own: it is dropped and created again (DATA_LOSS), and it and
-- its partitions get the copies of the key, index, foreign key and trigger from the server.
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
