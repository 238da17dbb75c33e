-- step 1 | create trigger public.people_view.people_view_insert | hazards: -
CREATE TRIGGER people_view_insert INSTEAD OF INSERT ON public.people_view FOR EACH ROW EXECUTE FUNCTION people_view_insert();
