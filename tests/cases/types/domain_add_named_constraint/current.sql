create domain public.percentage as numeric;
