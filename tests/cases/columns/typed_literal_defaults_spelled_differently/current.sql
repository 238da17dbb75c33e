create table public.settings (
    id integer primary key,
    grace interval day default '1 day'::interval day,
    slot interval hour to minute default '90 minutes',
    ratio numeric(5,2) default 1.50,
    delta numeric default -1.5,
    enabled boolean default 'yes',
    quota bigint default '42',
    floor_value integer default -1,
    weight real default 1e3,
    since date default 'epoch'
);
