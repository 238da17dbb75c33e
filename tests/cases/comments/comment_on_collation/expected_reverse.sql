-- step 1 | drop comment collation public.bytewise | hazards: -
comment on collation public.bytewise is null;
