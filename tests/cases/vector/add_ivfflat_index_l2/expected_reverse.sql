-- step 1 | drop index public.chunks_embedding_ivf | hazards: -
drop index if exists "public"."chunks_embedding_ivf";
