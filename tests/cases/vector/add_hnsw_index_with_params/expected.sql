-- step 1 | create index public.chunks_embedding_idx | hazards: INDEX_BUILD
CREATE INDEX chunks_embedding_idx ON public.chunks USING hnsw (embedding vector_cosine_ops) WITH (m='24', ef_construction='100');
