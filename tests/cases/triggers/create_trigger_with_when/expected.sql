-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create trigger public.posts.posts_touch | hazards: SHARE_ROW_EXCLUSIVE_LOCK
CREATE TRIGGER posts_touch BEFORE UPDATE ON public.posts FOR EACH ROW WHEN ((old.title IS DISTINCT FROM new.title)) EXECUTE FUNCTION touch();
