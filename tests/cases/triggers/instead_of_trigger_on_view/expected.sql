-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create trigger public.people_view.people_view_insert | hazards: SHARE_ROW_EXCLUSIVE_LOCK
CREATE TRIGGER people_view_insert INSTEAD OF INSERT ON public.people_view FOR EACH ROW EXECUTE FUNCTION people_view_insert();
