-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop privilege usage on type public.floatrange from PUBLIC | hazards: ACCESS_NARROWED
revoke usage on type public.floatrange from PUBLIC;

-- step 2 | drop privilege usage on type public.mood from PUBLIC | hazards: ACCESS_NARROWED
revoke usage on type public.mood from PUBLIC;

-- step 3 | drop privilege usage on type public.pair from PUBLIC | hazards: ACCESS_NARROWED
revoke usage on type public.pair from PUBLIC;

-- step 4 | drop privilege usage on type public.positive from PUBLIC | hazards: ACCESS_NARROWED
revoke usage on type public.positive from PUBLIC;

-- step 5 | create privilege usage on type public.floatrange to sdcase_reader | hazards: ACCESS_WIDENED
grant usage on type public.floatrange to sdcase_reader;

-- step 6 | create privilege usage on type public.mood to sdcase_reader | hazards: ACCESS_WIDENED
grant usage on type public.mood to sdcase_reader;

-- step 7 | create privilege usage on type public.positive to sdcase_reader | hazards: ACCESS_WIDENED
grant usage on type public.positive to sdcase_reader;
