-- step 1 | drop trigger public.posts.posts_touch | hazards: -
drop trigger if exists "posts_touch" on "public"."posts";

-- step 2 | create trigger public.posts.posts_touch | hazards: -
CREATE TRIGGER posts_touch BEFORE INSERT OR UPDATE OF title ON public.posts FOR EACH ROW EXECUTE FUNCTION touch();
