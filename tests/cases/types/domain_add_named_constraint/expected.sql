-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter type public.percentage | hazards: LONG_VALIDATION
alter domain public.percentage add constraint "percentage_range" CHECK (((VALUE >= (0)::numeric) AND (VALUE <= (100)::numeric)));
