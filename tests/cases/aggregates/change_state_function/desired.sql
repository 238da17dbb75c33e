create function public.sum_abs_step(acc bigint, x integer) returns bigint
    language sql immutable strict
    as $$ select acc + abs(x) $$;

create function public.sum_sq_final(acc bigint) returns numeric
    language sql immutable strict
    as $$ select round(sqrt(acc::numeric), 6) $$;

create aggregate public.norm(integer) (
    sfunc = public.sum_abs_step,
    stype = bigint,
    finalfunc = public.sum_sq_final,
    initcond = '0'
);
