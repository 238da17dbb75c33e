create type public.address as (
    city text,
    street text
);
