-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop trigger public.posts.posts_count_new | hazards: ACCESS_EXCLUSIVE_LOCK
drop trigger if exists "posts_count_new" on "public"."posts";

-- step 2 | drop function public.count_new | hazards: -
drop function if exists "public"."count_new"();
