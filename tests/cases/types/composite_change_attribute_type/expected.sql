-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter type public.address | hazards: -
alter type public.address alter attribute "zip" type text;
