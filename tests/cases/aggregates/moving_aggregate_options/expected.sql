-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create aggregate public.biggest(integer) | hazards: -
create aggregate public.biggest(integer) (sfunc = pg_catalog.int4larger, stype = integer, sortop = operator(pg_catalog.>));

-- step 2 | create aggregate public.running total(integer) | hazards: -
create aggregate public."running total"(integer) (sfunc = pg_catalog.int4pl, stype = integer, combinefunc = pg_catalog.int4pl, initcond = '0', msfunc = pg_catalog.int4pl, minvfunc = pg_catalog.int4mi, mstype = integer, minitcond = '0', parallel = safe);
