-- step 1 | drop comment procedure public.noop() | hazards: -
comment on procedure public.noop() is null;
