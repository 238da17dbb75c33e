-- step 1 | create privilege usage on schema public to PUBLIC | hazards: SECURITY
grant usage on schema public to PUBLIC;
