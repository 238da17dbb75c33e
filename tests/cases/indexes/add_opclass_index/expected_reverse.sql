-- step 1 | drop index public.documents_title_pattern_idx | hazards: -
drop index if exists "public"."documents_title_pattern_idx";
