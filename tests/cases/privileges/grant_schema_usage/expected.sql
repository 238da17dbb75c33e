-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create privilege usage on schema reporting to sdcase_reader | hazards: ACCESS_WIDENED
grant usage on schema reporting to sdcase_reader;

-- step 2 | create privilege create on schema reporting to sdcase_writer | hazards: ACCESS_WIDENED
grant create on schema reporting to sdcase_writer;
