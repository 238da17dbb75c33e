-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter type public.percentage | hazards: LONG_VALIDATION
alter domain public.percentage validate constraint "percentage_range";
