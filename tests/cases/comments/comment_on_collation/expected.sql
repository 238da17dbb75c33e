-- step 1 | create comment collation public.bytewise | hazards: -
comment on collation public.bytewise is 'Byte order, for codes.';
