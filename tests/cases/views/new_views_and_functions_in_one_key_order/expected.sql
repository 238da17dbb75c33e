-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter setting check_function_bodies | hazards: -
set check_function_bodies = off;

-- step 2 | create function public.a_double | hazards: -
CREATE OR REPLACE FUNCTION public.a_double(x numeric)
 RETURNS numeric
 LANGUAGE sql
 IMMUTABLE
AS $function$ select x * 2 $function$;

-- step 3 | create function public.c_half | hazards: -
CREATE OR REPLACE FUNCTION public.c_half(x numeric)
 RETURNS numeric
 LANGUAGE sql
 IMMUTABLE
AS $function$ select x / 2 $function$;

-- step 4 | create function public.f_note | hazards: -
CREATE OR REPLACE PROCEDURE public.f_note(IN message text)
 LANGUAGE plpgsql
AS $procedure$ begin raise notice '%', message; end $procedure$;

-- step 5 | create view public.b_cheap | hazards: -
create or replace view "public"."b_cheap" as  SELECT id,
    price
   FROM items
  WHERE (price < (10)::numeric);

-- step 6 | create view public.d_labelled | hazards: -
create or replace view "public"."d_labelled" as  SELECT id,
    label
   FROM items
  WHERE (label IS NOT NULL);

-- step 7 | create view public.e_counts | hazards: -
create materialized view "public"."e_counts" as  SELECT count(*) AS n
   FROM items;
