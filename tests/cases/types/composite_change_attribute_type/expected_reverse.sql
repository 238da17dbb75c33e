-- step 1 | alter type public.address | hazards: -
alter type public.address alter attribute "zip" type integer;
