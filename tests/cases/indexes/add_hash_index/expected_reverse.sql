-- step 1 | drop index public.documents_status_hash | hazards: -
drop index if exists "public"."documents_status_hash";
