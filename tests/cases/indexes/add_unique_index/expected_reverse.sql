-- step 1 | drop index public.documents_owner_title_key | hazards: -
drop index if exists "public"."documents_owner_title_key";
