-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter type public.quantity | hazards: -
alter domain public.quantity drop default;

-- step 2 | alter type public.quantity | hazards: -
alter domain public.quantity drop not null;
