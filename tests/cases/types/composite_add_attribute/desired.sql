create type public.address as (
    street text,
    city text,
    country char(2)
);
