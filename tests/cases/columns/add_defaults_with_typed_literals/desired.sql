create table public.settings (
    id integer primary key,
    grace interval day default '1 day'::interval day,
    slot interval hour to minute default '90 minutes',
    ratio numeric(5,2) default 1.50,
    delta numeric default -1.5,
    enabled boolean default 'yes',
    quota bigint default '42',
    floor_value integer default -1,
    smallest smallint default -32768,
    weight real default 1e3,
    low double precision default '-Infinity',
    starts timestamptz default '2024-01-01 00:00+00',
    since date default 'epoch'
);
