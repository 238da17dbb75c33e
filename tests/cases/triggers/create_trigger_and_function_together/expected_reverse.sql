-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop trigger public.posts.posts_touch | hazards: ACCESS_EXCLUSIVE_LOCK
drop trigger if exists "posts_touch" on "public"."posts";

-- step 2 | drop function public.touch | hazards: -
drop function if exists "public"."touch"();
