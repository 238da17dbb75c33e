-- segment 1 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 1 | create index public.documents_lower_title_idx | hazards: -
CREATE INDEX CONCURRENTLY documents_lower_title_idx ON public.documents USING btree (lower(title));
