-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create collation public.bytewise | hazards: -
create collation "public"."bytewise" (provider = libc, locale = 'C');
