create domain public.percentage as numeric check (value >= 0);
create table public.scores (id integer primary key, pct public.percentage);
