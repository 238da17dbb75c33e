-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create view public.people_view | hazards: -
create or replace view "public"."people_view" as  SELECT people.id,
    people.name
   FROM people;

-- step 2 | create trigger public.people_view.people_view_insert | hazards: SHARE_ROW_EXCLUSIVE_LOCK
CREATE TRIGGER people_view_insert INSTEAD OF INSERT ON public.people_view FOR EACH ROW EXECUTE FUNCTION people_view_insert();
