-- segment 1 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 1 | create index public.documents_created_at_idx | hazards: -
CREATE INDEX CONCURRENTLY documents_created_at_idx ON public.documents USING btree (created_at DESC NULLS LAST, id);
