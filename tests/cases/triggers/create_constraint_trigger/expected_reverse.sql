-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop trigger public.posts.posts_check_title | hazards: ACCESS_EXCLUSIVE_LOCK
drop trigger if exists "posts_check_title" on "public"."posts";
