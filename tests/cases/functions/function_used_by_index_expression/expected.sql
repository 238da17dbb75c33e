-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter setting check_function_bodies | hazards: -
set check_function_bodies = off;

-- step 2 | create function public.normalize_name | hazards: -
CREATE OR REPLACE FUNCTION public.normalize_name(name text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ select lower(trim(name)) $function$;

-- segment 2 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 3 | create index public.people_normalized_name_idx | hazards: -
CREATE INDEX CONCURRENTLY people_normalized_name_idx ON public.people USING btree (normalize_name(name));
