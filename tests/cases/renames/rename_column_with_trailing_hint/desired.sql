create table public.contacts (
    id integer primary key,
    email text, -- schemadiff:renamed-from mail
    phone text
);
