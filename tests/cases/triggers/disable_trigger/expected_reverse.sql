-- step 1 | alter trigger public.posts.posts_touch | hazards: -
alter table "public"."posts" enable trigger "posts_touch";
