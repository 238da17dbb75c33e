-- step 1 | create privilege usage on schema reporting to sdcase_reader | hazards: SECURITY
grant usage on schema reporting to sdcase_reader;

-- step 2 | create privilege create on schema reporting to sdcase_writer | hazards: SECURITY
grant create on schema reporting to sdcase_writer;
