-- the partitions' names sort before their parent's: the parent must still come first
create table public.b_readings (
    sensor int not null,
    region text not null,
    reading numeric
) partition by list (region);
create table public.a_readings_eu partition of public.b_readings for values in ('eu', 'uk');
create table public.a_readings_us partition of public.b_readings for values in ('us');
create table public.c_readings_other partition of public.b_readings default;
