-- step 1 | create index public.documents_lower_title_idx | hazards: INDEX_BUILD
CREATE INDEX documents_lower_title_idx ON public.documents USING btree (lower(title));
