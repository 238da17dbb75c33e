-- segment 1 | no transaction | build index | lock_timeout 5s, statement_timeout 6h, maintenance_work_mem 1GB
-- step 1 | create index public.chunks_embedding_idx | hazards: -
CREATE INDEX CONCURRENTLY chunks_embedding_idx ON public.chunks USING hnsw (embedding vector_cosine_ops);
