create domain public.percentage as numeric check (value >= 0 and value <= 100);
create table public.scores (id integer primary key, pct public.percentage);
