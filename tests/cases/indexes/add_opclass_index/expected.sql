-- step 1 | create index public.documents_title_pattern_idx | hazards: INDEX_BUILD
CREATE INDEX documents_title_pattern_idx ON public.documents USING btree (title text_pattern_ops);
