create function public.label(n integer) returns text language sql immutable return n::text;
alter function public.label(integer) owner to sdcase_owner_a;
