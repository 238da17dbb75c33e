-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop privilege usage on type public.floatrange from sdcase_reader | hazards: ACCESS_NARROWED
revoke usage on type public.floatrange from sdcase_reader;

-- step 2 | drop privilege usage on type public.mood from sdcase_reader | hazards: ACCESS_NARROWED
revoke usage on type public.mood from sdcase_reader;

-- step 3 | drop privilege usage on type public.positive from sdcase_reader | hazards: ACCESS_NARROWED
revoke usage on type public.positive from sdcase_reader;

-- step 4 | create privilege usage on type public.floatrange to PUBLIC | hazards: ACCESS_WIDENED
grant usage on type public.floatrange to PUBLIC;

-- step 5 | create privilege usage on type public.mood to PUBLIC | hazards: ACCESS_WIDENED
grant usage on type public.mood to PUBLIC;

-- step 6 | create privilege usage on type public.pair to PUBLIC | hazards: ACCESS_WIDENED
grant usage on type public.pair to PUBLIC;

-- step 7 | create privilege usage on type public.positive to PUBLIC | hazards: ACCESS_WIDENED
grant usage on type public.positive to PUBLIC;
