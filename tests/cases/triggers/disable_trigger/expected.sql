-- step 1 | alter trigger public.posts.posts_touch | hazards: -
alter table "public"."posts" disable trigger "posts_touch";
