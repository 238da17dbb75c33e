-- A libc collation whose LC_CTYPE differs from its LC_COLLATE, changed in its LC_CTYPE alone, and
-- a new one: migra's inspector compares LC_COLLATE alone (it saw no change) and writes
-- `locale = <LC_COLLATE>` (the new one would get the wrong LC_CTYPE). The collations family
-- writes both, and drops and creates again the changed one.
create collation public.sorting (lc_collate = 'C', lc_ctype = 'POSIX');
create collation public.mixed (lc_collate = 'POSIX', lc_ctype = 'C');
