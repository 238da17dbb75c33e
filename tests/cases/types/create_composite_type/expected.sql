-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create type public.address | hazards: -
create type public.address as ("street" text, "city" text, "zip" character varying(10));
