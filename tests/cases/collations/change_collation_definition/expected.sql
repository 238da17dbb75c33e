-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop collation public.sorting | hazards: -
drop collation "public"."sorting";

-- step 2 | create collation public.sorting | hazards: -
create collation "public"."sorting" (provider = libc, locale = 'POSIX');
