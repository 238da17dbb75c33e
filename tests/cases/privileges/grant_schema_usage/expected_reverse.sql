-- step 1 | drop privilege usage on schema reporting from sdcase_reader | hazards: -
revoke usage on schema reporting from sdcase_reader;

-- step 2 | drop privilege create on schema reporting from sdcase_writer | hazards: -
revoke create on schema reporting from sdcase_writer;
