-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter type public.quantity | hazards: -
alter domain public.quantity set default 1;

-- step 2 | alter type public.quantity | hazards: LONG_VALIDATION
alter domain public.quantity set not null;
