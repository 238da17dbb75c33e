-- segment 1 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 1 | create index public.documents_title_pattern_idx | hazards: -
CREATE INDEX CONCURRENTLY documents_title_pattern_idx ON public.documents USING btree (title text_pattern_ops);
