create table public.points (x integer, y integer);
create domain public.point_pair as public.points check ((value).x is not null);
create table public.segments (id integer primary key, start_point public.point_pair);
