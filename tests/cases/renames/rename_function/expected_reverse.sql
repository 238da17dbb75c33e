-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | rename function public.company_plan(integer) to plan_of | hazards: BACKWARD_INCOMPATIBLE
alter routine "public"."company_plan"(integer) rename to "plan_of";
