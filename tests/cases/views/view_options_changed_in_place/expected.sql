-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter view public.my_docs | hazards: ACCESS_WIDENED
alter view "public"."my_docs" set (check_option=local, security_barrier=true);
