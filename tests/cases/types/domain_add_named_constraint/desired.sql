create domain public.percentage as numeric
    constraint percentage_range check (value between 0 and 100);
