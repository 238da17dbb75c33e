-- segment 1 | no transaction | build index | lock_timeout 5s, statement_timeout 6h, maintenance_work_mem 1GB
-- step 1 | create index public.chunks_embedding_idx_new_a7e590 | hazards: -
CREATE INDEX CONCURRENTLY "chunks_embedding_idx_new_a7e590" ON public.chunks USING hnsw (embedding vector_cosine_ops) WITH (m='32', ef_construction='128');

-- segment 2 | no transaction | drop index | lock_timeout 5s, statement_timeout 15min
-- step 2 | drop index public.chunks_embedding_idx | hazards: INDEX_DROPPED
drop index concurrently if exists "public"."chunks_embedding_idx";

-- segment 3 | transaction | rename index | lock_timeout 5s, statement_timeout 15min
-- step 3 | rename index public.chunks_embedding_idx | hazards: -
alter index "public"."chunks_embedding_idx_new_a7e590" rename to "chunks_embedding_idx";
