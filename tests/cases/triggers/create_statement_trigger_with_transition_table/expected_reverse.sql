-- step 1 | drop trigger public.posts.posts_count_new | hazards: -
drop trigger if exists "posts_count_new" on "public"."posts";

-- step 2 | drop function public.count_new | hazards: -
drop function if exists "public"."count_new"();
