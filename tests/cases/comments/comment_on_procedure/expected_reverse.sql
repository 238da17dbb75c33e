-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop comment procedure public.noop() | hazards: -
comment on procedure public.noop() is null;
