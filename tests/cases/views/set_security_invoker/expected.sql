-- step 1 | alter view public.staff | hazards: SECURITY
alter view "public"."staff" set (security_invoker=true);
