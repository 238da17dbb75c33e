-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter type public.percentage | hazards: -
alter domain public.percentage drop constraint "percentage_check";

-- step 2 | alter type public.percentage | hazards: LONG_VALIDATION
alter domain public.percentage add constraint "percentage_check" CHECK ((VALUE >= (0)::numeric));
