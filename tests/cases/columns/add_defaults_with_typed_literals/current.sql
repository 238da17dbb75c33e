create table public.settings (
    id integer primary key,
    grace interval day,
    slot interval hour to minute,
    ratio numeric(5,2),
    delta numeric,
    enabled boolean,
    quota bigint,
    floor_value integer,
    smallest smallint,
    weight real,
    low double precision,
    starts timestamptz,
    since date
);
