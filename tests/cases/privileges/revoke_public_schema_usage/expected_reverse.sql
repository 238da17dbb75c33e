-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create privilege usage on schema public to PUBLIC | hazards: ACCESS_WIDENED
grant usage on schema public to PUBLIC;
