-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop privilege usage on schema public from PUBLIC | hazards: ACCESS_NARROWED
revoke usage on schema public from PUBLIC;
