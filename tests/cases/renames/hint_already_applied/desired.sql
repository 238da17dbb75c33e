-- schemadiff:renamed-from customers
create table public.clients (
    id integer primary key,
    -- schemadiff:renamed-from full_name
    name text not null
);
