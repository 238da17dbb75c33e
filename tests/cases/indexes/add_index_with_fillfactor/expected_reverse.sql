-- step 1 | drop index public.documents_owner_id_idx | hazards: -
drop index if exists "public"."documents_owner_id_idx";
