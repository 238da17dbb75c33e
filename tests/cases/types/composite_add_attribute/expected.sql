-- step 1 | alter type public.address | hazards: -
alter type public.address add attribute "country" character(2);
