create domain public.percentage as numeric;
alter domain public.percentage add constraint percentage_range check (value between 0 and 100) not valid;
