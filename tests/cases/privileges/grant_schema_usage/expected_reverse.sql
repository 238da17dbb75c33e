-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop privilege usage on schema reporting from sdcase_reader | hazards: ACCESS_NARROWED
revoke usage on schema reporting from sdcase_reader;

-- step 2 | drop privilege create on schema reporting from sdcase_writer | hazards: ACCESS_NARROWED
revoke create on schema reporting from sdcase_writer;
