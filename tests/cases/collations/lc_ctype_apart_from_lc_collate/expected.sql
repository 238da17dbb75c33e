-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop collation public.sorting | hazards: -
drop collation "public"."sorting";

-- step 2 | create collation public.mixed | hazards: -
create collation "public"."mixed" (provider = libc, lc_collate = 'POSIX', lc_ctype = 'C');

-- step 3 | create collation public.sorting | hazards: -
create collation "public"."sorting" (provider = libc, lc_collate = 'C', lc_ctype = 'POSIX');
