-- step 1 | alter setting check_function_bodies | hazards: -
set check_function_bodies = off;

-- step 2 | create function public.normalize_name | hazards: -
CREATE OR REPLACE FUNCTION public.normalize_name(name text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ select lower(trim(name)) $function$;

-- step 3 | create index public.people_normalized_name_idx | hazards: INDEX_BUILD
CREATE INDEX people_normalized_name_idx ON public.people USING btree (normalize_name(name));
