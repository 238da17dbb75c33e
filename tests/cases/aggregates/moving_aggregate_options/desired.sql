create table public.readings (
    id integer primary key,
    value integer not null
);

create aggregate public."running total"(integer) (
    sfunc = int4pl,
    stype = integer,
    combinefunc = int4pl,
    initcond = '0',
    msfunc = int4pl,
    minvfunc = int4mi,
    mstype = integer,
    minitcond = '0',
    parallel = safe
);

create aggregate public.biggest(integer) (
    sfunc = int4larger,
    stype = integer,
    sortop = >
);
