-- step 1 | drop index public.documents_created_at_idx | hazards: -
drop index if exists "public"."documents_created_at_idx";
