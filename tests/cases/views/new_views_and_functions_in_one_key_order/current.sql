-- New views and new functions in one plan (and, the other way, dropped ones): migra creates
-- (drops) them in one key order, views and functions mixed; the light families write the same.
-- None names another, so no dependency reorders them.
create table public.items (id integer primary key, price numeric(10, 2) not null, label text);
