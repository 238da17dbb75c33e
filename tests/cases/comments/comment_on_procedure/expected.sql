-- step 1 | create comment procedure public.noop() | hazards: -
comment on procedure public.noop() is 'Does nothing.';
