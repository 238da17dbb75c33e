-- step 1 | create trigger public.posts.posts_touch | hazards: -
CREATE TRIGGER posts_touch BEFORE UPDATE ON public.posts FOR EACH ROW WHEN ((old.title IS DISTINCT FROM new.title)) EXECUTE FUNCTION touch();
