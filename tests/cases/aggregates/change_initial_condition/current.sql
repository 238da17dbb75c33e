create function public.sum_sq_step(acc bigint, x integer) returns bigint
    language sql immutable strict
    as $$ select acc + x * x $$;

create function public.sum_sq_final(acc bigint) returns numeric
    language sql immutable strict
    as $$ select round(sqrt(acc::numeric), 6) $$;

create aggregate public.norm(integer) (
    sfunc = public.sum_sq_step,
    stype = bigint,
    finalfunc = public.sum_sq_final,
    initcond = '0'
);
revoke execute on function public.norm(integer) from public;
grant execute on function public.norm(integer) to sdcase_agg_reader;
comment on aggregate public.norm(integer) is 'Euclidean norm of the values.';
