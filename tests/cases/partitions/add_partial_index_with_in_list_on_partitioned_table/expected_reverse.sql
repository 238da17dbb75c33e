-- step 1 | drop index public.events_id_idx | hazards: -
drop index if exists "public"."events_id_idx";
