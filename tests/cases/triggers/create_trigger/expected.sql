-- step 1 | create trigger public.posts.posts_touch | hazards: -
CREATE TRIGGER posts_touch BEFORE UPDATE ON public.posts FOR EACH ROW EXECUTE FUNCTION touch();
