create table public.settings (
    id integer primary key,
    grace interval day default interval '1' day,
    slot interval hour to minute default '01:30:00'::interval hour to minute,
    ratio numeric(5,2) default '1.50'::numeric,
    delta numeric default '-1.5'::numeric,
    enabled boolean default true,
    quota bigint default 42::bigint,
    floor_value integer default '-1'::integer,
    weight real default 1000.0,
    since date default '1970-01-01'::date
);
