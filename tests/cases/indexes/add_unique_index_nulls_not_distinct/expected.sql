-- segment 1 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 1 | create index public.documents_title_key | hazards: -
CREATE UNIQUE INDEX CONCURRENTLY documents_title_key ON public.documents USING btree (title) NULLS NOT DISTINCT;
