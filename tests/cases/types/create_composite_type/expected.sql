-- step 1 | create type public.address | hazards: -
create type public.address as ("street" text, "city" text, "zip" character varying(10));
