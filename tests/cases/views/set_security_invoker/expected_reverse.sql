-- step 1 | alter view public.staff | hazards: SECURITY
alter view "public"."staff" reset (security_invoker);
