-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter view app.mine | hazards: -
alter view "app"."mine" reset (check_option);

-- step 2 | alter view app.mine | hazards: ACCESS_WIDENED
alter view "app"."mine" set (security_barrier=false, security_invoker=true);

-- step 3 | alter view public.Alpha | hazards: -
alter view "public"."Alpha" reset (check_option);

-- step 4 | alter view public.Alpha | hazards: ACCESS_WIDENED
alter view "public"."Alpha" set (security_invoker=true);

-- step 5 | alter view public.zeta | hazards: ACCESS_WIDENED
alter view "public"."zeta" set (security_barrier=true);
