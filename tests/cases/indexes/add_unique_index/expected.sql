-- step 1 | create index public.documents_owner_title_key | hazards: INDEX_BUILD
CREATE UNIQUE INDEX documents_owner_title_key ON public.documents USING btree (owner_id, title);
