-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop view public.staff_snapshot | hazards: DATA_LOSS
drop materialized view if exists "public"."staff_snapshot";
