-- step 1 | rename function public.company_plan(integer) to plan_of | hazards: BACKWARD_INCOMPATIBLE
alter routine "public"."company_plan"(integer) rename to "plan_of";
