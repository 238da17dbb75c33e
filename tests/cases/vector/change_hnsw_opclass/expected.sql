-- step 1 | drop index public.chunks_embedding_idx | hazards: -
drop index if exists "public"."chunks_embedding_idx";

-- step 2 | create index public.chunks_embedding_idx | hazards: INDEX_BUILD
CREATE INDEX chunks_embedding_idx ON public.chunks USING hnsw (embedding vector_cosine_ops);
