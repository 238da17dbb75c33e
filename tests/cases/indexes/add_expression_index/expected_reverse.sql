-- step 1 | drop index public.documents_lower_title_idx | hazards: -
drop index if exists "public"."documents_lower_title_idx";
