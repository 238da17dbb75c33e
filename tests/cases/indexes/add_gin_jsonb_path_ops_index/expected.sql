-- segment 1 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 1 | create index public.documents_body_idx | hazards: -
CREATE INDEX CONCURRENTLY documents_body_idx ON public.documents USING gin (body jsonb_path_ops);
