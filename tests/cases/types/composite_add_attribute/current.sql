create type public.address as (
    street text,
    city text
);
