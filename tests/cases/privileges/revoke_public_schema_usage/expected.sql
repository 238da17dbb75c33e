-- step 1 | drop privilege usage on schema public from PUBLIC | hazards: SECURITY
revoke usage on schema public from PUBLIC;
