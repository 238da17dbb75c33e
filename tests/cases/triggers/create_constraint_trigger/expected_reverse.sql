-- step 1 | drop trigger public.posts.posts_check_title | hazards: -
drop trigger if exists "posts_check_title" on "public"."posts";
