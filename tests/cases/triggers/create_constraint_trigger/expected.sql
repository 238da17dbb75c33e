-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create trigger public.posts.posts_check_title | hazards: SHARE_ROW_EXCLUSIVE_LOCK
CREATE CONSTRAINT TRIGGER posts_check_title AFTER INSERT OR UPDATE ON public.posts DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION touch();
