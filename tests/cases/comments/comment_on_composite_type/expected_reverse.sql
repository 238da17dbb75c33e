-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop comment type public.line | hazards: -
comment on type public.line is null;
