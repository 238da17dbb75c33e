create function public.area(w integer, h integer) returns integer language sql immutable return w * h;
alter function public.area(integer, integer) owner to sdcase_owner_b;
create function public.area(w numeric(10, 2), h numeric) returns numeric language sql immutable return w * h;
alter function public.area(numeric, numeric) owner to sdcase_owner_a;
create procedure public.touch(n integer) language sql as $$ select n $$;
alter procedure public.touch(integer) owner to sdcase_owner_b;
create aggregate public.total(integer) (sfunc = int4pl, stype = integer, initcond = '0');
alter aggregate public.total(integer) owner to sdcase_owner_b;
