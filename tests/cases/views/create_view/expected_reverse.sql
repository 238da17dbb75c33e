-- step 1 | drop view public.employee_names | hazards: DATA_LOSS
drop view if exists "public"."employee_names";
