-- step 1 | drop index public.documents_drafts_idx | hazards: -
drop index if exists "public"."documents_drafts_idx";
