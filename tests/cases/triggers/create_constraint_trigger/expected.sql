-- step 1 | create trigger public.posts.posts_check_title | hazards: -
CREATE CONSTRAINT TRIGGER posts_check_title AFTER INSERT OR UPDATE ON public.posts DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION touch();
