-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | rename function public.plan_of(integer) to company_plan | hazards: BACKWARD_INCOMPATIBLE
alter routine "public"."plan_of"(integer) rename to "company_plan";
