-- step 1 | drop comment type public.line | hazards: -
comment on type public.line is null;
