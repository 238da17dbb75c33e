-- step 1 | create collation public.bytewise | hazards: -
create collation if not exists "public"."bytewise" (provider = 'libc', locale = 'C');
