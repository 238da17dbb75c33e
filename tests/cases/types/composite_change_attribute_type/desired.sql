create type public.address as (
    street text,
    zip text
);
