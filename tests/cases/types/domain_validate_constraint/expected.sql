-- step 1 | alter type public.percentage | hazards: -
alter domain public.percentage validate constraint "percentage_range";
