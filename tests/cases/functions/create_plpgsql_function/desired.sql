create function public.fib(n integer)
returns bigint
language plpgsql
immutable strict
as $$
declare
    a bigint := 0;
    b bigint := 1;
begin
    for i in 1..n loop
        select b, a + b into a, b;
    end loop;
    return a;
end
$$;
