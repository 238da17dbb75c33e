-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create comment type public.line | hazards: -
comment on type public.line is 'An invoice line.';
