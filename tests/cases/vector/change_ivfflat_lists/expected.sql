-- step 1 | drop index public.chunks_embedding_ivf | hazards: -
drop index if exists "public"."chunks_embedding_ivf";

-- step 2 | create index public.chunks_embedding_ivf | hazards: INDEX_BUILD
CREATE INDEX chunks_embedding_ivf ON public.chunks USING ivfflat (embedding vector_cosine_ops) WITH (lists='100');
