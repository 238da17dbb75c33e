-- step 1 | create index public.documents_drafts_idx | hazards: INDEX_BUILD
CREATE INDEX documents_drafts_idx ON public.documents USING btree (owner_id) WHERE (status = 'draft'::text);
