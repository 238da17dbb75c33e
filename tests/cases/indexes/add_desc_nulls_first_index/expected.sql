-- step 1 | create index public.documents_created_at_idx | hazards: INDEX_BUILD
CREATE INDEX documents_created_at_idx ON public.documents USING btree (created_at DESC NULLS LAST, id);
