-- step 1 | drop trigger public.people_view.people_view_insert | hazards: -
drop trigger if exists "people_view_insert" on "public"."people_view";
