create function public.double_it(x integer) returns integer
language sql immutable
return x * 2;
