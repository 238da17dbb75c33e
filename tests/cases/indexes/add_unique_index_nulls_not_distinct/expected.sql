-- step 1 | create index public.documents_title_key | hazards: INDEX_BUILD
CREATE UNIQUE INDEX documents_title_key ON public.documents USING btree (title) NULLS NOT DISTINCT;
