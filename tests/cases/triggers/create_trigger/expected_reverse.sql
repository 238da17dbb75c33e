-- step 1 | drop trigger public.posts.posts_touch | hazards: -
drop trigger if exists "posts_touch" on "public"."posts";
