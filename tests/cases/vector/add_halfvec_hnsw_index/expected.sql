-- step 1 | create index public.chunks_summary_idx | hazards: INDEX_BUILD
CREATE INDEX chunks_summary_idx ON public.chunks USING hnsw (summary halfvec_cosine_ops);
