-- A table converted to a partitioned one is dropped and created again. A foreign key of another
-- table that references its key, and a function with a SQL-standard body that reads it, would
-- keep the server from dropping it: they are dropped before and made again after (the foreign
-- key NOT VALID, then validated).
create table public.events (
    id bigint not null,
    happened_on date not null,
    kind text not null,
    primary key (id, happened_on)
);
create table public.event_notes (
    id integer primary key,
    event_id bigint not null,
    event_on date not null,
    body text,
    foreign key (event_id, event_on) references public.events (id, happened_on) on delete cascade
);
create function public.event_count() returns bigint language sql stable
    begin atomic select count(*) from public.events; end;
