-- segment 1 | no transaction | build index | lock_timeout 5s, statement_timeout 6h, maintenance_work_mem 1GB
-- step 1 | create index public.chunks_embedding_ivf_new_a86893 | hazards: -
CREATE INDEX CONCURRENTLY "chunks_embedding_ivf_new_a86893" ON public.chunks USING ivfflat (embedding vector_cosine_ops) WITH (lists='10');

-- segment 2 | no transaction | drop index | lock_timeout 5s, statement_timeout 15min
-- step 2 | drop index public.chunks_embedding_ivf | hazards: INDEX_DROPPED
drop index concurrently if exists "public"."chunks_embedding_ivf";

-- segment 3 | transaction | rename index | lock_timeout 5s, statement_timeout 15min
-- step 3 | rename index public.chunks_embedding_ivf | hazards: -
alter index "public"."chunks_embedding_ivf_new_a86893" rename to "chunks_embedding_ivf";
