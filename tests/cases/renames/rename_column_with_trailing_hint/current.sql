create table public.contacts (
    id integer primary key,
    mail text, -- schemadiff:renamed-from email
    phone text
);
