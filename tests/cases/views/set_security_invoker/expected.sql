-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter view public.staff | hazards: ACCESS_WIDENED
alter view "public"."staff" set (security_invoker=true);
