-- segment 1 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 1 | create index public.documents_created_at_brin | hazards: -
CREATE INDEX CONCURRENTLY documents_created_at_brin ON public.documents USING brin (created_at) WITH (pages_per_range='32');
