-- New views and new functions in one plan (and, the other way, dropped ones): migra creates
-- (drops) them in one key order, views and functions mixed; the light families write the same.
-- None names another, so no dependency reorders them.
create table public.items (id integer primary key, price numeric(10, 2) not null, label text);
create function public.a_double(x numeric) returns numeric language sql immutable as $$ select x * 2 $$;
create view public.b_cheap as select id, price from public.items where price < 10;
create function public.c_half(x numeric) returns numeric language sql immutable as $$ select x / 2 $$;
create view public.d_labelled as select id, label from public.items where label is not null;
create materialized view public.e_counts as select count(*) as n from public.items;
create procedure public.f_note(message text) language plpgsql as $$ begin raise notice '%', message; end $$;
