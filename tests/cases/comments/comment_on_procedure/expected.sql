-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create comment procedure public.noop() | hazards: -
comment on procedure public.noop() is 'Does nothing.';
