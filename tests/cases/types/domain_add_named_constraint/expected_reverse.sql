-- step 1 | alter type public.percentage | hazards: -
alter domain public.percentage drop constraint "percentage_range";
