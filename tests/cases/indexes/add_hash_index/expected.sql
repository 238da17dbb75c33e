-- segment 1 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 1 | create index public.documents_status_hash | hazards: -
CREATE INDEX CONCURRENTLY documents_status_hash ON public.documents USING hash (status);
