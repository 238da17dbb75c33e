-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter setting check_function_bodies | hazards: -
set check_function_bodies = off;

-- step 2 | create function public.is_public_kind | hazards: -
CREATE OR REPLACE FUNCTION public.is_public_kind(kind character varying)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
RETURN ((kind)::text = ANY (ARRAY[('area'::character varying)::text, ('event'::character varying)::text]));
