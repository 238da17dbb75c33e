-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter view app.mine | hazards: ACCESS_WIDENED
alter view "app"."mine" reset (security_invoker);

-- step 2 | alter view app.mine | hazards: ACCESS_WIDENED
alter view "app"."mine" set (check_option=cascaded, security_barrier=true);

-- step 3 | alter view public.Alpha | hazards: ACCESS_WIDENED
alter view "public"."Alpha" reset (security_invoker);

-- step 4 | alter view public.Alpha | hazards: -
alter view "public"."Alpha" set (check_option=local);

-- step 5 | alter view public.zeta | hazards: ACCESS_WIDENED
alter view "public"."zeta" set (security_barrier=false);
