create table public.plans (
    id integer primary key,
    grace interval day not null,
    slot interval hour to minute not null,
    ratio numeric(5,2) not null,
    enabled boolean not null,
    weight real not null,
    floor_value integer not null
);
