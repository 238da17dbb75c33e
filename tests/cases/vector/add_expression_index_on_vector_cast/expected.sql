-- step 1 | create index public.chunks_embedding_half_idx | hazards: INDEX_BUILD
CREATE INDEX chunks_embedding_half_idx ON public.chunks USING hnsw (((embedding)::halfvec(3)) halfvec_l2_ops);
