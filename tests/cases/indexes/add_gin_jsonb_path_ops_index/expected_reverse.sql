-- step 1 | drop index public.documents_body_idx | hazards: -
drop index if exists "public"."documents_body_idx";
