-- step 1 | alter type public.address | hazards: -
alter type public.address drop attribute "country";
