-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop privilege usage on type public.email from sdcase_reader | hazards: ACCESS_NARROWED
revoke usage on type public.email from sdcase_reader;

-- step 2 | create privilege usage on type public.email to sdcase_reader | hazards: ACCESS_WIDENED
grant usage on type public.email to sdcase_reader;
