-- step 1 | drop index public.people_normalized_name_idx | hazards: -
drop index if exists "public"."people_normalized_name_idx";

-- step 2 | drop function public.normalize_name | hazards: -
drop function if exists "public"."normalize_name"(name text);
