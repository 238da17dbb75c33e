-- step 1 | alter type public.quantity | hazards: -
alter domain public.quantity set default 1;

-- step 2 | alter type public.quantity | hazards: -
alter domain public.quantity set not null;
