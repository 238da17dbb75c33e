-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create comment collation public.bytewise | hazards: -
comment on collation public.bytewise is 'Byte order, for codes.';
