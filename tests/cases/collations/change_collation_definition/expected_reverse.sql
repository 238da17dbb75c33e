-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop collation public.sorting | hazards: -
drop collation if exists "public"."sorting";

-- step 2 | create collation public.sorting | hazards: -
create collation if not exists "public"."sorting" (provider = 'libc', locale = 'C');
