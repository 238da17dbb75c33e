create table public.points (
    id integer primary key,
    x integer not null
);

create function public.sum_sq_step(acc bigint, x integer) returns bigint
    language sql immutable strict
    as $$ select acc + x * x $$;

create function public.sum_sq_final(acc bigint) returns numeric
    language sql immutable strict
    as $$ select round(sqrt(acc::numeric), 6) $$;

