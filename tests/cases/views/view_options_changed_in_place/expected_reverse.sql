-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter view public.my_docs | hazards: ACCESS_WIDENED
alter view "public"."my_docs" reset (check_option, security_barrier);
