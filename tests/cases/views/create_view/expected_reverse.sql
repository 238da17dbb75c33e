-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop view public.employee_names | hazards: DATA_LOSS
drop view if exists "public"."employee_names";
