-- step 1 | create index public.chunks_embedding_idx | hazards: INDEX_BUILD
CREATE INDEX chunks_embedding_idx ON public.chunks USING hnsw (embedding vector_ip_ops);
