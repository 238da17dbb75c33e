-- segment 1 | no transaction | build index | lock_timeout 5s, statement_timeout 6h, maintenance_work_mem 1GB
-- step 1 | create index public.chunks_embedding_ivf | hazards: -
CREATE INDEX CONCURRENTLY chunks_embedding_ivf ON public.chunks USING ivfflat (embedding) WITH (lists='10');
