-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop trigger public.posts.posts_touch | hazards: ACCESS_EXCLUSIVE_LOCK
drop trigger if exists "posts_touch" on "public"."posts";

-- step 2 | create trigger public.posts.posts_touch | hazards: SHARE_ROW_EXCLUSIVE_LOCK
CREATE TRIGGER posts_touch BEFORE INSERT OR UPDATE OF title ON public.posts FOR EACH ROW EXECUTE FUNCTION touch();
