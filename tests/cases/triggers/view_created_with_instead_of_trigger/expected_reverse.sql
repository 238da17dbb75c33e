-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop trigger public.people_view.people_view_insert | hazards: ACCESS_EXCLUSIVE_LOCK
drop trigger if exists "people_view_insert" on "public"."people_view";

-- step 2 | drop view public.people_view | hazards: DATA_LOSS
drop view if exists "public"."people_view";
